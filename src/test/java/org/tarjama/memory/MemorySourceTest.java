package org.tarjama.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.Cli;
import org.tarjama.cli.ExitCodes;
import org.tarjama.export.DtdValidation;
import org.tarjama.export.SourceDocument;

class MemorySourceTest {

  @TempDir
  Path dir;

  private Path memoryWithTwoBackends() throws Exception {
    Path file = dir.resolve("tm.sqlite");
    try (SqliteMemory memory = SqliteMemory.open(file)) {
      memory.store(MemoryScope.of("deepl", "", Map.of()), Map.of(
          "وقع النظام السوري اتفاقية عسكرية مع إيران.", "The Syrian regime signed a military agreement with Iran.",
          "قال الأسد إن العلاقات استراتيجية.", "Assad said the relations are strategic."));
      memory.store(MemoryScope.of(MemoryScope.IMPORTED, "", Map.of()), Map.of(
          "وصل الوفد إلى دمشق.", "The delegation arrived in Damascus."));
    }
    return file;
  }

  private int export(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "export";
    System.arraycopy(args, 0, all, 1, args.length);
    return Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true)).execute(all);
  }

  @Test
  void everyEntryIsADocumentOfOnePairWithAStableId() throws Exception {
    Path file = memoryWithTwoBackends();
    List<SourceDocument> first = new ArrayList<>();
    new MemorySource(file, "").forEachDocument(first::add);
    List<SourceDocument> again = new ArrayList<>();
    new MemorySource(file, "").forEachDocument(again::add);
    assertEquals(3, first.size());
    assertEquals(first.stream().map(SourceDocument::id).toList(), again.stream().map(SourceDocument::id).toList());
    assertTrue(first.stream().allMatch(d -> d.id().matches("tm-[0-9a-f]{12}") && d.pairs().size() == 1), first.toString());
    List<SourceDocument> imported = new ArrayList<>();
    new MemorySource(file, MemoryScope.IMPORTED).forEachDocument(imported::add);
    assertEquals(List.of("The delegation arrived in Damascus."), imported.stream().map(d -> d.pairs().get(0).en()).toList());
  }

  @Test
  void exportCommandWritesTheMemoryAsACorpus() throws Exception {
    Path file = memoryWithTwoBackends();
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.OK, export("--tm", file.toString(), "--tm-backend", "deepl", "--out", out.toString()));
    assertEquals(List.of("Assad said the relations are strategic.", "The Syrian regime signed a military agreement with Iran."),
        Files.readAllLines(out.resolve("corpus.en")).stream().sorted().toList());
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(out.resolve("corpus.jsonl"))) {
      JsonNode node = json.readTree(line);
      assertEquals("deepl", node.path("backend").asText(), line);
    }
    DtdValidation.assertValidTmx(out.resolve("corpus.tmx"));
  }

  @Test
  void exportNeedsExactlyOneSource() throws Exception {
    assertEquals(ExitCodes.USAGE, export("--out", dir.resolve("x").toString()));
    assertEquals(ExitCodes.USAGE, export(dir.toString(), "--tm", memoryWithTwoBackends().toString()));
  }
}

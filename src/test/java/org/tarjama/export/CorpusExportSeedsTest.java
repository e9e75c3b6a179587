package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.quality.Flags;

/** The acceptance checks of the export, on a pseudo-backend run of the five seed articles. */
class CorpusExportSeedsTest {

  private static final String QUOTATION = DedupKey.of("أن حل أي من مشاكلها الأمنية هو عبر التفاوض والتفاهم مع الجانب السوري");

  @TempDir
  static Path temp;
  static Path run;
  static List<JsonNode> runPairs;

  @BeforeAll
  static void translateSeeds() throws IOException {
    run = SeedRun.into(temp.resolve("run"));
    runPairs = ExportFiles.jsonl(run.resolve(OutputSet.PAIRS));
  }

  private static ExportReport export(Path out, ExportOptions.Builder options) throws IOException {
    return new CorpusExport(options.build()).run(new RunFolderSource(run));
  }

  @Test
  void allFourFormatsAreWrittenAndReadable() throws IOException, InterruptedException {
    Path out = temp.resolve("all-formats");
    ExportReport report = export(out, ExportOptions.builder(out));
    long kept = report.kept();
    assertEquals(List.of(), ExportFiles.lines(out.resolve("corpus.ar")).stream().filter(String::isBlank).toList());
    assertEquals(kept, ExportFiles.lines(out.resolve("corpus.ar")).size());
    assertEquals(kept, ExportFiles.lines(out.resolve("corpus.en")).size());
    assertEquals(kept, ExportFiles.lines(out.resolve("corpus.ids")).size());
    assertEquals(kept + 1, ExportFiles.lines(out.resolve("corpus.tsv")).size());
    List<JsonNode> jsonl = ExportFiles.jsonl(out.resolve("corpus.jsonl"));
    assertEquals(kept, jsonl.size());
    for (JsonNode line : jsonl) {
      assertTrue(line.path("translation").path("ar").isTextual() && line.path("translation").path("en").isTextual(), line.toString());
      assertEquals("pseudo", line.path("backend").asText());
      assertTrue(line.path("flags").toString().contains(Flags.NOT_FOR_TRAINING), line.toString());
      assertTrue(line.path("scores").has("length-ratio-z"), line.toString());
    }
    assertEquals(ExportFiles.ids(jsonl), ExportFiles.lines(out.resolve("corpus.ids")));
    List<String> tuids = new ArrayList<>();
    TmxReader.read(out.resolve("corpus.tmx"), unit -> tuids.add(unit.tuid()));
    assertEquals(ExportFiles.ids(jsonl), tuids);
    DtdValidation.assertValidTmx(out.resolve("corpus.tmx"));
  }

  @Test
  void repeatedQuotationCollapsesIntoOnePairWithItsCount() throws IOException {
    Path out = temp.resolve("dedup");
    ExportReport report = export(out, ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.JSONL)));
    List<String> sourceIds = runPairs.stream().filter(p -> DedupKey.of(p.path("ar").asText()).contains(QUOTATION))
        .map(p -> p.path("id").asText()).toList();
    assertEquals(3, sourceIds.size(), "the quotation is in three outlets: " + sourceIds);
    List<JsonNode> kept = ExportFiles.jsonl(out.resolve("corpus.jsonl")).stream()
        .filter(p -> DedupKey.of(p.path("translation").path("ar").asText()).contains(QUOTATION)).toList();
    assertEquals(1, kept.size());
    JsonNode survivor = kept.get(0);
    assertEquals(sourceIds.get(0), survivor.path("id").asText());
    assertEquals(3, survivor.path("occurrences").asInt());
    assertEquals(sourceIds.subList(1, 3), List.of(survivor.path("duplicates").get(0).asText(), survivor.path("duplicates").get(1).asText()));
    Map<String, JsonNode> excluded = new HashMap<>();
    ExportFiles.jsonl(out.resolve(CorpusExport.EXCLUDED)).forEach(e -> excluded.put(e.path("id").asText(), e));
    for (String merged : sourceIds.subList(1, 3)) {
      assertEquals(sourceIds.get(0), excluded.get(merged).path("duplicate_of").asText());
      assertEquals(3, excluded.get(merged).path("duplicate_group_size").asInt());
      assertTrue(excluded.get(merged).path("reasons").get(0).asText().startsWith("near-duplicate of " + sourceIds.get(0)));
    }
    assertTrue(report.excludedByKind().get("near-duplicate") >= 2, report.excludedByKind().toString());
  }

  @Test
  void headlineRepeatedInOneArticleIsAnExactDuplicate() throws IOException {
    Path out = temp.resolve("exact");
    ExportReport report = export(out, ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.JSONL))
        .dedup(ExportOptions.Dedup.EXACT));
    String headline = DedupKey.of("ورئيس الأركان الإيراني يوجه رسالة لتركيا");
    List<JsonNode> kept = ExportFiles.jsonl(out.resolve("corpus.jsonl")).stream()
        .filter(p -> DedupKey.of(p.path("translation").path("ar").asText()).equals(headline)).toList();
    assertEquals(1, kept.size());
    assertEquals(2, kept.get(0).path("occurrences").asInt());
    assertFalse(report.excludedByKind().containsKey("near-duplicate"));
  }

  @Test
  void splitNeverPutsADocumentInTwoPartsAndRepeatsForASeed() throws IOException {
    for (long seed : new long[] {1, 2, 3, 42}) {
      Path out = temp.resolve("split-" + seed);
      ExportOptions.Builder options = ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.JSONL, ExportFormat.MOSES))
          .split(Optional.of(SplitSpec.parse("train=0.6,dev=0.2,test=0.2"))).seed(seed);
      ExportReport report = export(out, options);
      Map<String, String> partOfDoc = new HashMap<>();
      long written = 0;
      for (String part : List.of("train", "dev", "test")) {
        List<JsonNode> lines = ExportFiles.jsonl(out.resolve(part + ".jsonl"));
        written += lines.size();
        assertEquals(lines.size(), ExportFiles.lines(out.resolve(part + ".ar")).size());
        assertEquals(lines.size(), ExportFiles.lines(out.resolve(part + ".en")).size());
        for (JsonNode line : lines) {
          String before = partOfDoc.put(line.path("doc").asText(), part);
          assertTrue(before == null || before.equals(part), line.path("doc").asText() + " is in " + before + " and " + part);
        }
        assertEquals(new TreeSet<>(report.parts().get(part).documents()),
            new TreeSet<>(lines.stream().map(l -> l.path("doc").asText()).toList()));
      }
      assertEquals(report.kept(), written);
      Path again = temp.resolve("split-" + seed + "-again");
      export(again, ExportOptions.builder(again).formats(EnumSet.of(ExportFormat.JSONL, ExportFormat.MOSES))
          .split(Optional.of(SplitSpec.parse("train=0.6,dev=0.2,test=0.2"))).seed(seed));
      for (String file : List.of("train.jsonl", "dev.jsonl", "test.jsonl")) {
        assertEquals(ExportFiles.lines(out.resolve(file)), ExportFiles.lines(again.resolve(file)), file + " with seed " + seed);
      }
    }
  }

  @Test
  void everyPairLeftOutIsInTheSideFileWithItsReasons() throws IOException {
    Path out = temp.resolve("filtered");
    ExportReport report = export(out, ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.JSONL))
        .filters(new PairFilters(Set.of(Flags.NOT_ENGLISH), OptionalDouble.of(1.5), 4)));
    List<JsonNode> kept = ExportFiles.jsonl(out.resolve("corpus.jsonl"));
    List<JsonNode> excluded = ExportFiles.jsonl(out.resolve(CorpusExport.EXCLUDED));
    Set<String> all = new HashSet<>(ExportFiles.ids(kept));
    for (JsonNode e : excluded) {
      assertTrue(all.add(e.path("id").asText()), "written twice: " + e.path("id"));
      assertTrue(e.path("reasons").size() > 0, e.toString());
    }
    assertEquals(new HashSet<>(ExportFiles.ids(runPairs)), all);
    assertEquals(runPairs.size(), kept.size() + excluded.size());
    assertEquals(report.excluded(), excluded.size());
    assertTrue(report.excludedByKind().get("flag") > 0 && report.excludedByKind().get("length-ratio-z") > 0,
        report.excludedByKind().toString());
    for (JsonNode k : kept) {
      assertFalse(k.path("flags").toString().contains("\"" + Flags.NOT_ENGLISH + "\""), k.toString());
      assertTrue(Math.abs(k.path("scores").path("length-ratio-z").asDouble()) <= 1.5, k.toString());
    }
  }
}

package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Quality;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.model.Span;

/**
 * Issue 12 point 5: corpus.tsv and the export TSV read back field for field with Python's csv module (tab
 * delimiter, default dialect), quotes and all; export JSONL rows all have the same keys.
 */
class TsvLoadersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Arabic and English with a leading quote, an unbalanced quote, quotes inside, and a tab and a line break. */
  private static final List<String[]> TEXTS = List.of(
      new String[] {"\"الحرب انتهت\" قال الوزير للصحفيين في دمشق.", "\"The war is over\", the minister told reporters in Damascus."},
      new String[] {"قال باقري: \"إن إيران ستقوي الدفاع الجوي السوري", "Bagheri said: \"Iran will strengthen Syrian air defence"},
      new String[] {"ووصف أيوب الاتفاق بأنه \"تاريخي\" و\"شامل\".", "Ayoub called the deal \"historic\"\tand\n\"comprehensive\"."},
      new String[] {"\"", "\"\""},
      new String[] {"وقع الطرفان الاتفاق في دمشق يوم الأربعاء.", "The two sides signed the deal in Damascus on Wednesday."});

  private static List<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      Pair pair = Pair.ok(new SegmentId("q\"doc", i + 1, 1), TEXTS.get(i)[0], TEXTS.get(i)[1], "fake", "m1");
      // one pair carries a score the others lack, as after a run mixing backends
      pairs.add(i == 0 ? pair.withQuality(new Quality(Map.of("extra-score", 0.5), List.of())) : pair);
    }
    return pairs;
  }

  private static Article article() {
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      String ar = TEXTS.get(i)[0];
      paragraphs.add(new Paragraph(i + 1, i + 1, ar,
          List.of(new Segment(new SegmentId("q\"doc", i + 1, 1), ar, new Span(0, ar.length())))));
    }
    return new Article("q\"doc", "q.txt", "UTF-8", paragraphs, List.of());
  }

  /** The rows Python's csv module reads from {@code tsv}, as JSON arrays of strings. */
  private static List<List<String>> readWithPython(Path tsv) throws Exception {
    assumeTrue(python3(), "python3 is not installed");
    Process process = new ProcessBuilder("python3", "-c", String.join("\n",
        "import csv, json, sys",
        "with open(sys.argv[1], newline='', encoding='utf-8') as f:",
        "    print(json.dumps(list(csv.reader(f, delimiter='\\t'))))"), tsv.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : JSON.readTree(output)) {
      List<String> fields = new ArrayList<>();
      row.forEach(f -> fields.add(f.asText()));
      rows.add(fields);
    }
    return rows;
  }

  private static boolean python3() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  private static String flat(String text) {
    return text.replace('\t', ' ').replace('\n', ' ');
  }

  @Test
  void pythonsCsvModuleReadsCorpusTsvFieldForField(@TempDir Path out) throws Exception {
    try (OutputSet set = OutputSet.open(out, "9.9")) {
      set.write(article(), pairs());
      set.commit();
    }
    List<List<String>> rows = readWithPython(out.resolve(OutputSet.TSV));
    assertEquals(List.of("id", "ar", "en"), rows.get(0));
    assertEquals(TEXTS.size() + 1, rows.size());
    for (int i = 0; i < TEXTS.size(); i++) {
      assertEquals(List.of("q\"doc:p" + (i + 1) + "s1", TEXTS.get(i)[0], flat(TEXTS.get(i)[1])), rows.get(i + 1));
    }
  }

  @Test
  void pythonsCsvModuleReadsTheExportTsvFieldForField(@TempDir Path out) throws Exception {
    new CorpusExport(ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.TSV)).dedup(ExportOptions.Dedup.NONE)
        .build()).run(new ListSource(List.of(new SourceDocument("q\"doc", Optional.empty(), pairs()))));
    List<List<String>> rows = readWithPython(out.resolve("corpus.tsv"));
    List<String> header = rows.get(0);
    assertEquals(TEXTS.size() + 1, rows.size());
    for (int i = 0; i < TEXTS.size(); i++) {
      List<String> row = rows.get(i + 1);
      assertEquals(header.size(), row.size(), "row " + i);
      assertEquals("q\"doc", row.get(header.indexOf("doc")));
      assertEquals(TEXTS.get(i)[0], row.get(header.indexOf("ar")));
      assertEquals(flat(TEXTS.get(i)[1]), row.get(header.indexOf("en")));
    }
  }

  @Test
  void everyExportJsonlRowHasTheSameKeysWithAbsentScoresNull(@TempDir Path out) throws Exception {
    new CorpusExport(ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.JSONL)).dedup(ExportOptions.Dedup.NONE)
        .build()).run(new ListSource(List.of(new SourceDocument("q\"doc", Optional.empty(), pairs()))));
    Set<String> shape = null;
    for (String line : Files.readAllLines(out.resolve("corpus.jsonl"))) {
      JsonNode row = JSON.readTree(line);
      Set<String> keys = new TreeSet<>();
      row.fieldNames().forEachRemaining(keys::add);
      row.path("scores").fieldNames().forEachRemaining(k -> keys.add("scores." + k));
      if (shape == null) shape = keys;
      assertEquals(shape, keys, line);
    }
    JsonNode second = JSON.readTree(Files.readAllLines(out.resolve("corpus.jsonl")).get(1));
    assertEquals(true, second.path("scores").get("extra-score").isNull());
  }
}

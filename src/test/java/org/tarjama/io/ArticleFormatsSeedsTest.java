package org.tarjama.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.export.OutputSet;
import org.tarjama.pipeline.RunListener;
import org.tarjama.pipeline.RunReport;

/**
 * Issue 12 acceptance: the five seeds as a JSONL file (with a cut line and a record without text) and as saved
 * news pages (menus, related links, comments, cookie banner) translate to the same Arabic segments as the text files.
 */
class ArticleFormatsSeedsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JSONL = Path.of("src/test/resources/input/jsonl/seeds.jsonl");
  private static final Path HTML = Path.of("src/test/resources/input/html");

  @TempDir
  static Path root;
  static RunReport jsonlReport;

  @BeforeAll
  static void translateAllThree() throws Exception {
    translate("seeds", root.resolve("text"));
    jsonlReport = translate(JSONL.toString(), root.resolve("jsonl"));
    translate(HTML.toString(), root.resolve("html"));
  }

  private static RunReport translate(String input, Path out) throws Exception {
    return Tarjama.translate(TranslateOptions.builder(List.of(input)).out(out).backend("pseudo").build(), RunListener.NONE);
  }

  private static List<String> idsAndArabic(Path out) throws Exception {
    return Files.readAllLines(out.resolve(OutputSet.PAIRS)).stream().map(ArticleFormatsSeedsTest::tree)
        .map(n -> n.get("id").asText() + "\t" + n.get("ar").asText()).toList();
  }

  private static JsonNode tree(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }

  @Test
  void theSeedsAsJsonlGiveTheSameSegmentsAsTheTextFiles() throws Exception {
    List<String> text = idsAndArabic(root.resolve("text"));
    assertEquals(57, text.size());
    assertEquals(text, idsAndArabic(root.resolve("jsonl")));
  }

  @Test
  void theSeedsAsSavedNewsPagesGiveTheSameSegmentsAsTheTextFiles() throws Exception {
    assertEquals(idsAndArabic(root.resolve("text")), idsAndArabic(root.resolve("html")));
  }

  @Test
  void aCutLineAndARecordWithoutTextAreReportedWithFileAndLineAndTheRestGoesOn() {
    assertEquals(List.of(JSONL + ":4", JSONL + ":6"), jsonlReport.skipped().stream().map(Skipped::source).toList());
    assertTrue(jsonlReport.skipped().get(0).reason().startsWith("not JSON"), jsonlReport.skipped().get(0).reason());
    assertTrue(jsonlReport.skipped().get(1).reason().contains("'text'"), jsonlReport.skipped().get(1).reason());
    assertEquals(5, jsonlReport.counts().articles());
  }

  @Test
  void enJsonlEchoesEveryRecordInInputOrderWithTheEnglishAdded() throws Exception {
    Path out = root.resolve("jsonl");
    List<JsonNode> records = Files.readAllLines(out.resolve(OutputSet.ENGLISH_RECORDS)).stream()
        .map(ArticleFormatsSeedsTest::tree).toList();
    assertEquals(List.of("000_91a9c68b0668d241", "001_992054940200dc08", "002_ed1005ffcad7e6ee", "003_e2e31be185229538",
        "no-text", "004_2fc5d2ec209e6642"), records.stream().map(r -> r.get("id").asText()).toList());
    JsonNode first = records.get(0);
    assertEquals("سوريا", first.get("tags").get(0).asText(), "the record's own fields are kept");
    assertTrue(first.get("title_en").asText().startsWith("[pseudo] rgm AlgArAt"), first.get("title_en").asText());
    String textRunEnglish = Files.readString(root.resolve("text").resolve("en").resolve("000_91a9c68b0668d241.txt"));
    assertEquals(textRunEnglish.strip(), first.get("title_en").asText() + "\n\n" + first.get("text_en").asText());
    assertTrue(Files.notExists(out.resolve("en")), "JSONL articles go into en.jsonl, not en/<id>.txt");
    assertTrue(records.get(4).get("text_en").isNull(), "a record without text gets null English");
  }

  @Test
  void metadataTravelsIntoPairsTmxAndTheReviewPage() throws Exception {
    for (String run : List.of("jsonl", "html")) {
      Path out = root.resolve(run);
      JsonNode pair = tree(Files.readAllLines(out.resolve(OutputSet.PAIRS)).get(0));
      assertEquals("https://news.example/ar/000_91a9c68b0668d241", pair.get("meta").get("url").asText(), run);
      assertEquals("مرصد مينا", pair.get("meta").get("source").asText(), run);
      assertTrue(Files.readString(out.resolve(OutputSet.TMX))
          .contains("<prop type=\"x-meta-date\">2020-07-01T10:00:00Z</prop>"), run);
      assertTrue(Files.readString(out.resolve("review.html")).contains("https://news.example/ar/000_91a9c68b0668d241"), run);
    }
  }
}

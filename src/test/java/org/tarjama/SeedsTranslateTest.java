package org.tarjama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.export.ArticleJson;
import org.tarjama.export.DtdValidation;
import org.tarjama.export.OutputSet;
import org.tarjama.export.PairJson;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.pipeline.RunListener;
import org.tarjama.pipeline.RunReport;
import org.tarjama.pipeline.RunReportJson;

/** Issue 2's acceptance on the five seeds, through the library's front door with the default offline backend. */
class SeedsTranslateTest {

  @TempDir
  static Path out;
  static RunReport report;
  static List<Pair> pairs;

  @BeforeAll
  static void translateSeeds() throws Exception {
    report = Tarjama.translate(TranslateOptions.builder(List.of("seeds")).out(out).backend("gloss").build(),
        RunListener.NONE);
    pairs = Files.readAllLines(out.resolve(OutputSet.PAIRS)).stream().map(PairJson::parseLine).toList();
  }

  /** The hand-checked sentences of the cleaned seeds, in order (src/test/resources/segment/seeds-gold.txt). */
  static List<String> goldSentences() throws Exception {
    return Files.readAllLines(Path.of("src/test/resources/segment/seeds-gold.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("@ ")).toList();
  }

  @Test
  void everyOutputFileIsWrittenForEverySeed() throws Exception {
    for (String name : List.of(OutputSet.PAIRS, OutputSet.TMX, OutputSet.MOSES_AR, OutputSet.MOSES_EN, OutputSet.TSV,
        OutputSet.RUN, "review.html")) {
      assertTrue(Files.size(out.resolve(name)) > 0, name);
    }
    try (var seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.toList()) {
        String id = seed.getFileName().toString().replace(".txt", "");
        assertTrue(Files.isRegularFile(out.resolve("articles").resolve(id + ".json")), id);
      }
    }
    assertEquals(5, report.counts().articles());
    assertEquals(0, report.counts().failures());
    assertFalse(report.hasFailures());
  }

  @Test
  void everyContentSentenceIsAPairInOrderAndNothingElseIs() throws Exception {
    assertEquals(goldSentences(), pairs.stream().map(Pair::ar).toList());
    assertTrue(pairs.stream().anyMatch(p -> p.ar().startsWith("وفي معرض الحديث خلال المؤتمر الصحفي في مقر وزارة الدفاع")),
        "the sentence the photo file name was glued to is kept");
  }

  @Test
  void noBoilerplateReachesAnyArabicField() {
    List<String> boilerplate = List.of("Exit mobile version", "المزيد", "18:57", "anapress.net", "1034", "مشاهدة",
        "حجم الخط", "photo_2020", "المجموعة اللبنانية للإعلام", "موقع قناة المنار", "المصدر:", "إيران إنسايدر",
        "مرصد مينا", "خليل موسى", "واشنطن تؤكد استعدادها لدعم تركيا", "مشافي حلب تعاني");
    for (Pair pair : pairs) {
      for (String b : boilerplate) assertFalse(pair.ar().contains(b), pair.id() + " holds '" + b + "': " + pair.ar());
    }
    String headline = "اتفاقية شاملة للتعاون العسكري بين دمشق وطهران.. ورئيس الأركان الإيراني يوجه رسالة لتركيا";
    assertEquals(1, pairs.stream().filter(p -> p.ar().equals(headline)).count(), "repeated headline appears once");
  }

  @Test
  void everyRemovedLineIsRecordedWithAReason() throws Exception {
    Map<String, Integer> removed = new TreeMap<>();
    try (var files = Files.list(out.resolve("articles"))) {
      for (Path file : files.toList()) {
        Article article = ArticleJson.read(file);
        article.removals().forEach(r -> assertFalse(r.reason().isBlank(), r.toString()));
        removed.put(article.id(), article.removals().size());
      }
    }
    assertEquals(Map.of("000_91a9c68b0668d241", 2, "001_992054940200dc08", 1, "002_ed1005ffcad7e6ee", 0,
        "003_e2e31be185229538", 15, "004_2fc5d2ec209e6642", 6), removed);
    assertEquals(24, RunReportJson.read(out.resolve(OutputSet.RUN)).counts().removedLines());
  }

  @Test
  void corpusFilesAgreeLineForLineAndTheTmxIsValid() throws Exception {
    long lines = Files.readAllLines(out.resolve(OutputSet.PAIRS)).size();
    assertEquals(lines, Files.readAllLines(out.resolve(OutputSet.MOSES_AR)).size());
    assertEquals(lines, Files.readAllLines(out.resolve(OutputSet.MOSES_EN)).size());
    assertEquals(lines + 1, Files.readAllLines(out.resolve(OutputSet.TSV)).size());
    DtdValidation.assertValidTmx(out.resolve(OutputSet.TMX));
  }

  @Test
  void glossOutputIsLabelledAndHoldsNoArabicScript() {
    for (Pair pair : pairs) {
      assertEquals("gloss", pair.backend());
      assertFalse(pair.en().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
          pair.id() + ": " + pair.en());
      assertTrue(pair.quality().flagged("not-for-training"), pair.id().toString());
    }
  }
}

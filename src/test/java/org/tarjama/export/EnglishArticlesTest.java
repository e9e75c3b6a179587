package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.model.Span;
import org.tarjama.pipeline.RunListener;

/** Issue 12 point 1: en/<id>.txt, the English article, headline first and paragraph by paragraph. */
class EnglishArticlesTest {

  private static final String SEED = "003_e2e31be185229538";

  @Test
  void aTranslateRunOfTheSeedsWritesOneEnglishArticlePerSeed(@TempDir Path out) throws Exception {
    SeedRun.into(out);
    try (var seeds = Files.list(SeedRun.SEEDS)) {
      for (Path seed : seeds.toList()) {
        String id = seed.getFileName().toString().replace(".txt", "");
        assertTrue(Files.size(out.resolve("en").resolve(id + ".txt")) > 0, id);
      }
    }
  }

  @Test
  void eachParagraphOfASeedsEnglishIsItsPairsJoinedInOrder(@TempDir Path out) throws Exception {
    SeedRun.into(out);
    Map<Integer, List<String>> byParagraph = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out.resolve(OutputSet.PAIRS))) {
      Pair pair = PairJson.parseLine(line);
      if (pair.id().doc().equals(SEED)) byParagraph.computeIfAbsent(pair.id().para(), p -> new ArrayList<>()).add(pair.en());
    }
    String english = Files.readString(out.resolve("en").resolve(SEED + ".txt"));
    List<String> paragraphs = List.of(english.strip().split("\n\n"));
    assertEquals(byParagraph.size(), paragraphs.size());
    int i = 0;
    for (List<String> sentences : byParagraph.values()) {
      assertEquals(String.join(" ", sentences), paragraphs.get(i++));
    }
    Article article = ArticleJson.read(out.resolve("articles").resolve(SEED + ".json"));
    assertTrue(paragraphs.get(0).startsWith("[pseudo] "), "the headline comes first: " + paragraphs.get(0));
    assertEquals(article.paragraphs().size(), paragraphs.size());
  }

  @Test
  void aFailedSegmentIsAMarkerWithItsIdNeverTheArabicNorDropped() {
    Article article = article();
    SegmentId first = new SegmentId("doc", 2, 1);
    SegmentId second = new SegmentId("doc", 2, 2);
    List<Pair> pairs = List.of(Pair.ok(new SegmentId("doc", 1, 1), "اتفاق عسكري", "Military deal", "b", "m"),
        Pair.ok(first, "قال باقري.", "Bagheri said.", "b", "m"),
        Pair.failed(second, "وأضاف أيوب.", "b", "m", "HTTP 500"));
    String text = EnglishArticle.of(article, pairs).text();
    assertEquals("Military deal\n\nBagheri said. [untranslated: doc:p2s2]\n", text);
    assertFalse(text.contains("أيوب"));
  }

  @Test
  void markdownPutsTheHeadlineInAHeadingAndEscapesListLikeParagraphs() {
    List<Pair> pairs = List.of(Pair.ok(new SegmentId("doc", 1, 1), "اتفاق عسكري", "Military deal", "b", "m"),
        Pair.ok(new SegmentId("doc", 2, 1), "قال باقري.", "- Bagheri said.", "b", "m"),
        Pair.ok(new SegmentId("doc", 2, 2), "وأضاف أيوب.", "Ayoub added.", "b", "m"));
    assertEquals("# Military deal\n\n\\- Bagheri said. Ayoub added.\n", EnglishArticle.of(article(), pairs).markdown());
  }

  @Test
  void markdownEscapesInlineMarkupSoTheEnglishRendersAsWritten() {
    List<Pair> pairs = List.of(Pair.ok(new SegmentId("doc", 1, 1), "اتفاق عسكري", "Deal *signed* in Room #", "b", "m"),
        Pair.ok(new SegmentId("doc", 2, 1), "قال باقري.", "Bagheri said <script>x</script> [see](http://x) a_b_c `c`.",
            "b", "m"),
        Pair.ok(new SegmentId("doc", 2, 2), "وأضاف أيوب.", "AT&amp;T \\ 2*3.", "b", "m"));
    assertEquals("# Deal \\*signed\\* in Room \\#\n\nBagheri said \\<script\\>x\\</script\\> \\[see\\](http://x) "
        + "a\\_b\\_c \\`c\\`. AT\\&amp;T \\\\ 2\\*3.\n", EnglishArticle.of(article(), pairs).markdown());
  }

  @Test
  void aFolderInputIsMirroredBelowEnAndMarkdownWrittenWhenAskedFor(@TempDir Path in, @TempDir Path out) throws Exception {
    Path nested = Files.createDirectories(in.resolve("2024").resolve("syria"));
    Files.copy(SeedRun.SEEDS.resolve(SEED + ".txt"), nested.resolve(SEED + ".txt"));
    Tarjama.translate(TranslateOptions.builder(List.of(in.toString())).out(out).backend("pseudo")
        .english(EnglishOutput.defaults().withFormats(EnumSet.of(EnglishFormat.TXT, EnglishFormat.MD))).build(),
        RunListener.NONE);
    Path folder = out.resolve("en").resolve("2024").resolve("syria");
    assertTrue(Files.isRegularFile(folder.resolve(SEED + ".txt")));
    assertTrue(Files.readString(folder.resolve(SEED + ".md")).startsWith("# \\[pseudo\\] "));
  }

  @Test
  void aLaterRunRemovesTheEnglishArticlesOfInputsItNoLongerHas(@TempDir Path out) throws Exception {
    SeedRun.into(out);
    SeedRun.into(SeedRun.SEEDS.resolve(SEED + ".txt"), out);
    try (var files = Files.list(out.resolve("en"))) {
      assertEquals(List.of(SEED + ".txt"), files.map(f -> f.getFileName().toString()).toList());
    }
  }

  private static Article article() {
    return new Article("doc", "doc.txt", "UTF-8", List.of(
        new Paragraph(1, 1, "اتفاق عسكري", List.of(new Segment(new SegmentId("doc", 1, 1), "اتفاق عسكري", new Span(0, 11)))),
        new Paragraph(2, 3, "قال باقري. وأضاف أيوب.", List.of(
            new Segment(new SegmentId("doc", 2, 1), "قال باقري.", new Span(0, 10)),
            new Segment(new SegmentId("doc", 2, 2), "وأضاف أيوب.", new Span(11, 22))))), List.of());
  }
}

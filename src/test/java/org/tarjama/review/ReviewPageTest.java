package org.tarjama.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.export.PairSource;
import org.tarjama.export.SourceDocument;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Quality;
import org.tarjama.model.Removal;
import org.tarjama.model.SegmentId;
import org.tarjama.quality.Flags;

class ReviewPageTest {

  private static final String AR1 = "وقع النظام السوري، ما وصف باتفاقية عسكرية وأمنية، مع إيران.";
  private static final String EN1 = "The Syrian regime signed what was described as a military and security agreement with Iran.";
  private static final String AR2 = "وكانت قوات الحرس الثوري الإيراني قد تعرضت لعدد من الهجمات في العام 2020.";

  @TempDir
  Path temp;

  private static PairSource source(List<SourceDocument> documents) {
    return new PairSource() {
      @Override
      public String describe() {
        return "out/<run>";
      }

      @Override
      public void forEachDocument(DocumentVisitor visitor) throws IOException {
        for (SourceDocument d : documents) visitor.visit(d);
      }
    };
  }

  private static Article article(String id, List<Removal> removals) {
    return new Article(id, "seeds/" + id + ".txt", "UTF-8", List.of(new Paragraph(1, 1, AR1)), removals);
  }

  private String render(List<SourceDocument> documents) throws IOException {
    Path page = temp.resolve("review.html");
    ReviewPage.write(source(documents), page);
    return Files.readString(page, StandardCharsets.UTF_8);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
    return n;
  }

  private static List<SourceDocument> twoArticles() {
    Pair flagged = Pair.ok(new SegmentId("002", 1, 1), AR2, "The Revolutionary Guard forces had been attacked.", "deepl", "")
        .withQuality(new Quality(Map.of("numbers", 0.0), List.of("numbers")));
    Pair failed = Pair.failed(new SegmentId("002", 2, 1), AR1, "deepl", "", "HTTP 456: quota exceeded");
    return List.of(
        new SourceDocument("001", Optional.of(article("001", List.of(new Removal(25, "Exit mobile version", "site footer")))),
            List.of(Pair.ok(new SegmentId("001", 1, 1), AR1, EN1, "deepl", ""))),
        new SourceDocument("002", Optional.of(article("002", List.of())), List.of(flagged, failed)));
  }

  @Test
  void everyPairIsOneRowWithArabicRightToLeftAndEnglishLeftToRight() throws IOException {
    String html = render(twoArticles());
    assertEquals(3, count(html, "<tr class=\"pair"));
    assertEquals(3, count(html, "<td class=\"ar\" lang=\"ar\" dir=\"rtl\">"));
    assertEquals(3, count(html, "<td class=\"en\" lang=\"en\" dir=\"ltr\">"));
    assertTrue(html.contains("<td class=\"ar\" lang=\"ar\" dir=\"rtl\">" + AR1 + "</td><td class=\"en\" lang=\"en\" dir=\"ltr\">"
        + EN1 + "</td>"));
  }

  @Test
  void flaggedAndFailedPairsAreMarked() throws IOException {
    String html = render(twoArticles());
    assertTrue(html.contains("<tr class=\"pair para-start flagged\" id=\"002:p1s1\">"), html);
    assertTrue(html.contains("<span class=\"flag flag-numbers\""));
    assertTrue(html.contains("<tr class=\"pair para-start failed\" id=\"002:p2s1\">"));
    assertTrue(html.contains("<span class=\"failure\">failed: HTTP 456: quota exceeded</span>"));
  }

  @Test
  void summaryCountsArticlesPairsFlagsAndBackend() throws IOException {
    String html = render(twoArticles());
    for (String row : List.of("<th scope=\"row\">Articles</th><td>2</td>", "<th scope=\"row\">Pairs</th><td>3</td>",
        "<th scope=\"row\">Translated</th><td>2</td>", "<th scope=\"row\">Failed</th><td>1</td>",
        "<th scope=\"row\">Flagged for review</th><td>1</td>", "<th scope=\"row\">Removed lines</th><td>1</td>",
        "<th scope=\"row\">Backend</th><td>deepl</td>", "<th scope=\"row\">Model</th><td>(none)</td>")) {
      assertTrue(html.contains(row), row);
    }
    assertTrue(html.contains("<tr><td><span class=\"flag\">numbers</span></td><td class=\"count\">1</td>"));
    assertTrue(html.indexOf("class=\"summary\"") < html.indexOf("<section class=\"article\""));
  }

  @Test
  void removedLinesAreShownUnderTheirArticleWithReasons() throws IOException {
    String html = render(twoArticles());
    int first = html.indexOf("id=\"doc-001\"");
    int removed = html.indexOf("<details class=\"removed\" open>");
    int second = html.indexOf("id=\"doc-002\"");
    assertTrue(first < removed && removed < second, "removals belong under article 001");
    assertTrue(html.contains("<li><span class=\"line\">line 25</span> <bdi dir=\"auto\" class=\"text\">Exit mobile version</bdi>"
        + " <span class=\"reason\">site footer</span></li>"));
    assertEquals(1, count(html, "<details class=\"removed\""));
  }

  @Test
  void hostileTextIsEscapedEverywhere() throws IOException {
    String evil = "<script>alert('x')</script>\"&<img src=x onerror=alert(1)>";
    Pair pair = Pair.ok(new SegmentId("doc\"><b>", 1, 1), AR1 + evil, evil, "back<end>", "m&m")
        .withQuality(new Quality(Map.of(), List.of("fl\"ag<")));
    String html = render(List.of(new SourceDocument("doc\"><b>", Optional.of(new Article("doc\"><b>", evil, "UTF-8",
        List.of(new Paragraph(1, 1, AR1)), List.of(new Removal(3, evil, evil)))), List.of(pair))));
    assertFalse(html.contains("<script"), "script tag passed through");
    assertFalse(html.contains("<img"), "img tag passed through");
    assertFalse(html.contains("<b>"), "markup in an id passed through");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(html.contains("id=\"doc-doc&quot;&gt;&lt;b&gt;\""));
  }

  @Test
  void pageLoadsNothingFromOutside() throws IOException {
    String html = render(twoArticles());
    for (String external : List.of("<script", "<link", "<img", "@import", "url(", "src=", "http://", "https://")) {
      assertFalse(html.contains(external), "page contains " + external);
    }
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) assertTrue(hrefs.group(1).startsWith("#"), "link leaves the page: " + hrefs.group(1));
  }

  @Test
  void controlCharactersAndBrokenSurrogatesAreCleaned() {
    assertEquals("ab\uFFFDc\tline", Html.escape("a\u0000b\uD800c\u0007\tline\u0085".replace("\u0085", "")));
    assertEquals("\uD83D\uDE00", Html.escape("\uD83D\uDE00"));
  }

  @Test
  void aGlossRunIsNotFlaggedPairByPairButSaysOnceThatItIsNotForTraining() throws IOException {
    Pair gloss = Pair.ok(new SegmentId("001", 1, 1), AR1, "agreement military comprehensive", "gloss", "freedict")
        .withQuality(new Quality(Map.of("length-ratio-z", 0.4), List.of(Flags.NOT_FOR_TRAINING)));
    String html = render(List.of(new SourceDocument("001", Optional.of(article("001", List.of())), List.of(gloss))));
    assertTrue(html.contains("<th scope=\"row\">Flagged for review</th><td>0</td>"), html);
    assertTrue(html.contains("<th scope=\"row\">Not for training</th><td>1 ("), html);
    assertEquals(0, count(html, "<span class=\"flag flag-not-for-training\""));
    assertTrue(html.contains("1 pairs, 0 flagged, 0 failed"));
  }

  @Test
  void scoresAreShownOnTheRowWithoutHovering() throws IOException {
    String html = render(twoArticles());
    assertTrue(html.contains("<span class=\"score\">numbers 0.00</span>"), html);
    assertEquals(0, count(html, "<tr class=\"pair para-start flagged\" id=\"002:p1s1\" title="));
  }

  @Test
  void removedArabicLinesAreMarkedArabic() throws IOException {
    String html = render(List.of(new SourceDocument("001", Optional.of(article("001",
        List.of(new Removal(2, "مرصد مينا – إيران", "byline"), new Removal(3, "Exit mobile version", "site footer")))),
        List.of(Pair.ok(new SegmentId("001", 1, 1), AR1, EN1, "deepl", "")))));
    assertTrue(html.contains("<bdi dir=\"auto\" class=\"text\" lang=\"ar\">مرصد مينا – إيران</bdi>"), html);
    assertTrue(html.contains("<bdi dir=\"auto\" class=\"text\">Exit mobile version</bdi>"), html);
  }

  @Test
  void aPageWrittenDocumentByDocumentIsThePageWrittenFromTheSource() throws IOException {
    String whole = render(twoArticles());
    Path page = temp.resolve("streamed").resolve("review.html");
    Files.createDirectories(page.getParent());
    try (ReviewPage.Streaming streaming = ReviewPage.streaming(page)) {
      for (SourceDocument document : twoArticles()) streaming.add(document);
      streaming.commit("out/<run>");
    }
    assertEquals(whole, Files.readString(page, StandardCharsets.UTF_8));
    try (var left = Files.list(page.getParent())) {
      assertEquals(List.of(page), left.toList(), "the temporary articles file is removed");
    }
  }

  @Test
  void aStreamedPageClosedWithoutCommitLeavesNothing() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("failed-run"));
    try (ReviewPage.Streaming streaming = ReviewPage.streaming(folder.resolve("review.html"))) {
      streaming.add(twoArticles().get(0));
    }
    try (var left = Files.list(folder)) {
      assertEquals(List.of(), left.toList());
    }
  }
}

package org.tarjama.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.Removal;

/** Issue 12 point 3: a saved page keeps its headline and story; every dropped block is recorded with its reason. */
class HtmlPageTest {

  private static final Path PAGE = Path.of("src/test/resources/input/html/000_91a9c68b0668d241.html");

  private static SourceArticle read(Path file) throws Exception {
    List<Skipped> bad = new ArrayList<>();
    try (ArticleStream articles = new InputFormats(InputOptions.defaults(), new ArticleReader())
        .open(new InputFile("page", file.toString(), file), bad::add)) {
      SourceArticle article = articles.next();
      assertFalse(articles.hasNext());
      assertEquals(List.of(), bad);
      return article;
    }
  }

  @Test
  void aSavedNewsPageKeepsTheHeadlineFirstAndTheStorysParagraphs() throws Exception {
    String[] lines = read(PAGE).text().split("\n\n");
    assertEquals("رغم الغارات الإسرائيلية… اتفاق عسكري شامل بين النظام السوري وإيران", lines[0]);
    assertEquals("مرصد مينا – إيران", lines[1]);
    assertTrue(lines[2].startsWith("أعلنت وسائل إعلام إيرانية رسمية"), lines[2]);
    String text = read(PAGE).text();
    for (String furniture : List.of("ملفات تعريف الارتباط", "اتصل بنا", "شارك المقال", "اقرأ أيضاً", "مقال ممتاز",
        "نشرتنا البريدية", "جميع الحقوق محفوظة", "dataLayer", "font-family", "ad slot")) {
      assertFalse(text.contains(furniture), furniture);
    }
  }

  @Test
  void everyDroppedBlockIsRecordedWithItsReason() throws Exception {
    List<String> reasons = read(PAGE).dropped().stream().map(Removal::reason).toList();
    for (String expected : List.of("html: cookie banner <div class=\"cookie-consent\">", "html: page header <header>",
        "html: navigation <div class=\"breadcrumb\">", "html: share widget <div class=\"share-buttons\">",
        "html: comment <!-- -->", "html: aside <aside>", "html: comments <section id=\"comments\">",
        "html: newsletter box <div class=\"newsletter-box\">", "html: page footer <footer>", "html: script <script>",
        "html: style sheet <style>")) {
      assertTrue(reasons.contains(expected), expected + " in " + reasons);
    }
    Removal comments = read(PAGE).dropped().stream().filter(r -> r.reason().contains("comments")).findFirst().orElseThrow();
    assertTrue(comments.text().contains("مقال ممتاز، شكراً على التغطية"), comments.text());
  }

  @Test
  void thePagesMetadataIsRead() throws Exception {
    assertEquals("{url=https://news.example/ar/000_91a9c68b0668d241, date=2020-07-01T10:00:00Z, source=مرصد مينا}",
        read(PAGE).metadata().toString());
  }

  @Test
  void aTextFileHoldingAnHtmlPageIsReadAsHtmlAndSaysSo(@TempDir Path dir) throws Exception {
    Path txt = dir.resolve("page.txt");
    Files.copy(PAGE, txt);
    SourceArticle article = read(txt);
    assertFalse(article.text().contains("<p>"));
    assertTrue(article.dropped().get(0).reason().startsWith("html: this text file holds an HTML page; read as HTML"));
  }

  @Test
  void arabicProseWithAnAngleBracketIsNotMistakenForHtml(@TempDir Path dir) throws Exception {
    Path txt = dir.resolve("a.txt");
    Files.writeString(txt, "قال الوزير إن النسبة <5% هذا العام.\nوأضاف أن الاتفاق سيوقع غداً.", StandardCharsets.UTF_8);
    SourceArticle article = read(txt);
    assertEquals(List.of(), article.dropped());
    assertTrue(article.text().contains("<5%"));
  }

  @Test
  void aPageWithoutAnArticleElementKeepsTheBodysParagraphs(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("bare.htm");
    Files.writeString(page, "<html><head><title>عنوان الصفحة</title></head><body><nav>الرئيسية</nav>"
        + "<p>وقع الطرفان الاتفاق في دمشق.</p><ul><li>بند أول</li><li>بند ثان</li></ul></body></html>", StandardCharsets.UTF_8);
    assertEquals("عنوان الصفحة\n\nوقع الطرفان الاتفاق في دمشق.\n\nبند أول\nبند ثان", read(page).text());
  }

  @Test
  void aPageMinifiedIntoOneLongLineIsReadAsItsParagraphs(@TempDir Path dir) throws Exception {
    String menu = "<nav>" + "<a href=\"/s\">قسم الأخبار</a>".repeat(5000) + "</nav>";
    Path page = Files.writeString(dir.resolve("min.html"), "<!DOCTYPE html><html><head><title>خبر</title></head><body>"
        + menu + "<article><h1>اتفاق عسكري</h1><p>قال باقري إن الاتفاق شامل.</p></article></body></html>");
    assertEquals("اتفاق عسكري\n\nقال باقري إن الاتفاق شامل.", read(page).text());
  }

  @Test
  void aPageInTheWindows1256ItsMetaDeclaresIsDecodedInIt(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("cp.html");
    Files.write(page, ("<html><head><meta charset=\"windows-1256\"><title>خبر</title></head><body><article>"
        + "<h1>اتفاق عسكري</h1><p>قال باقري إن الاتفاق شامل.</p></article></body></html>").getBytes("windows-1256"));
    SourceArticle article = read(page);
    assertEquals("اتفاق عسكري\n\nقال باقري إن الاتفاق شامل.", article.text());
    assertEquals("windows-1256", article.encoding());
  }

  @Test
  void textSplitByLineBreaksInADivIsKeptAsParagraphsNotDropped(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("br.html"), "<html><head><title>خبر</title></head><body><div class=\"content\">"
        + "قال باقري إن <b>الاتفاق</b> شامل.<br>وأضاف أيوب أن &quot;التعاون&quot; مستمر.<br/><br/>"
        + "<p>ووقع الجانبان الاتفاق.</p></div></body></html>");
    assertEquals("خبر\n\nقال باقري إن الاتفاق شامل.\n\nوأضاف أيوب أن \"التعاون\" مستمر.\n\nووقع الجانبان الاتفاق.",
        read(page).text());
  }
}

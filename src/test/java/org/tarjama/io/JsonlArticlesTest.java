package org.tarjama.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 point 2: JSONL records become articles; bad lines are named by file and line and skipped. */
class JsonlArticlesTest {

  private final List<Skipped> bad = new ArrayList<>();

  private List<SourceArticle> read(Path file, InputOptions options) throws Exception {
    List<SourceArticle> articles = new ArrayList<>();
    try (ArticleStream stream = new InputFormats(options, new ArticleReader())
        .open(new InputFile(file.getFileName().toString().replaceFirst("\\.[a-z]+$", ""), file.toString(), file), bad::add)) {
      stream.forEachRemaining(articles::add);
    }
    return articles;
  }

  @Test
  void missingIdsBecomeFileAndLineAndRepeatedIdsAreMadeUnique(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("news.jsonl");
    Files.writeString(file, "\uFEFF{\"text\": \"قال باقري.\"}\n\n{\"id\": 7, \"text\": \"وأضاف أيوب.\"}\n"
        + "{\"id\": \"7\", \"text\": \"ووقع الاتفاق.\"}\n");
    List<SourceArticle> articles = read(file, InputOptions.defaults());
    assertEquals(List.of("news-1", "7", "7-2"), articles.stream().map(SourceArticle::id).toList());
    assertEquals(file + ":4", articles.get(2).source());
    assertEquals(List.of(), bad);
  }

  @Test
  void fieldNamesComeFromTheOptionsAndMetadataKeepsOnlyTheNamedFields(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, "{\"guid\": \"a1\", \"headline\": \"اتفاق عسكري\", \"body\": \"قال باقري.\", "
        + "\"link\": \"https://x.example/a1\", \"author\": \"مراسل\"}\n");
    InputOptions options = new InputOptions(InputFormat.AUTO, "guid", "headline", "body", List.of("link", "published"));
    SourceArticle article = read(file, options).get(0);
    assertEquals("a1", article.id());
    assertEquals("اتفاق عسكري\nقال باقري.", article.text());
    assertEquals("{link=https://x.example/a1}", article.metadata().toString());
  }

  @Test
  void badLinesAreReportedByFileAndLineAndTheRestIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mixed.jsonl");
    byte[] latin1 = "{\"text\": \"caf\u00e9\"}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    try (var out = Files.newOutputStream(file)) {
      out.write("[1, 2]\n{\"title\": \"بلا نص\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.write(latin1);
      out.write("{\"text\": \"قال باقري.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    List<SourceArticle> articles = read(file, InputOptions.defaults());
    assertEquals(List.of("mixed-4"), articles.stream().map(SourceArticle::id).toList());
    assertEquals(List.of(file + ":1", file + ":2", file + ":3"), bad.stream().map(Skipped::source).toList());
    assertEquals("not UTF-8 text; re-save the file as UTF-8", bad.get(2).reason());
  }

  @Test
  void aForcedJsonlFormatReadsAFileWithAnotherName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("dump.txt");
    Files.writeString(file, "{\"text\": \"قال باقري.\"}\n");
    InputOptions options = new InputOptions(InputFormat.JSONL, "id", "title", "text", List.of());
    assertEquals("قال باقري.", read(file, options).get(0).text());
  }

  @Test
  void metadataHoldingAListOrAnObjectTravelsAsItsJsonInsteadOfBeingDropped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, "{\"text\": \"قال باقري.\", \"source\": {\"name\": \"مرصد مينا\", \"ids\": [1, 2]}, "
        + "\"date\": 20240101, \"url\": null}\n");
    SourceArticle article = read(file, InputOptions.defaults()).get(0);
    assertEquals("{date=20240101, source={\"name\":\"مرصد مينا\",\"ids\":[1,2]}}", article.metadata().toString());
  }

  @Test
  void aTextThatIsNotAStringIsReportedAsSuchNotTranslatedAsItsDigits(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, "{\"text\": 42}\n{\"text\": [\"قال باقري.\"]}\n{\"text\": \"قال باقري.\"}\n");
    assertEquals(1, read(file, InputOptions.defaults()).size());
    assertEquals(List.of("field 'text' holds a number, not a string", "field 'text' holds an array, not a string"),
        bad.stream().map(Skipped::reason).toList());
  }

  @Test
  void aFileWithNoRecordAtAllIsReportedAsEmptyNotPassedOverInSilence(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\uFEFF\n  \r\n");
    assertEquals(List.of(), read(empty, InputOptions.defaults()));
    assertEquals(List.of(), read(blank, InputOptions.defaults()));
    assertEquals(List.of(empty.toString(), blank.toString()), bad.stream().map(Skipped::source).toList());
    assertEquals("empty file: no JSON line in it; nothing to translate", bad.get(0).reason());
  }
}

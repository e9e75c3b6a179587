package org.tarjama.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.export.ArticleJson;

/** Ids from JSONL records follow the file-name rule: safe, and distinct article files even ignoring case. */
class RecordIdsTest {

  @TempDir
  Path dir;

  @Test
  void recordIdsThatWouldShareAnArticleFileGetDistinctOnes() throws Exception {
    Path file = dir.resolve("feed.jsonl");
    StringBuilder lines = new StringBuilder();
    for (String id : List.of("a/b", "a_b", "A_B", "x:y", "../up")) {
      lines.append("{\"id\": \"").append(id).append("\", \"text\": \"قال الرئيس إن القوات ستبقى.\"}\n");
    }
    Files.writeString(file, lines);
    List<String> files = new ArrayList<>();
    try (ArticleStream stream = new InputFormats(InputOptions.defaults(), new ArticleReader())
        .open(new InputFile("feed", file.toString(), file), bad -> { })) {
      while (stream.hasNext()) files.add(ArticleJson.fileName(stream.next().id()).toLowerCase(Locale.ROOT));
    }
    assertEquals(List.of("a_b.json", "a_b-2.json", "a_b-3.json", "x_y.json", "_up.json"), files);
  }
}

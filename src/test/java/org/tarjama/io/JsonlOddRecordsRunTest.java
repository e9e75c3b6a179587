package org.tarjama.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.export.OutputSet;
import org.tarjama.pipeline.RunListener;

/** JSONL records with odd but legal values, through a whole run: nothing the reader read is lost or moved. */
class JsonlOddRecordsRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aNullHeadlineLeavesTheWholeTextInTextEnAsAMissingOneDoes(@TempDir Path in, @TempDir Path out) throws Exception {
    Path file = in.resolve("feed.jsonl");
    Files.writeString(file, "{\"id\": \"a\", \"title\": null, \"text\": \"قال باقري إن الحرب انتهت.\\nوأضاف أيوب أن السلام قريب.\"}\n"
        + "{\"id\": \"b\", \"text\": \"قال باقري إن الحرب انتهت.\\nوأضاف أيوب أن السلام قريب.\"}\n");
    Tarjama.translate(TranslateOptions.builder(List.of(file.toString())).out(out).backend("pseudo").build(),
        RunListener.NONE);
    List<JsonNode> records = Files.readAllLines(out.resolve(OutputSet.ENGLISH_RECORDS)).stream().map(JsonlOddRecordsRunTest::tree)
        .toList();
    assertEquals(records.get(1).get("text_en"), records.get(0).get("text_en"));
    assertTrue(records.get(0).get("title_en").isNull(), records.get(0).toString());
    assertTrue(records.get(0).get("text_en").asText().startsWith("[pseudo] qAl bAqry"), "the first text line is not taken as the headline");
  }

  private static JsonNode tree(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}

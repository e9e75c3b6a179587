package org.tarjama.translate.libretranslate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.Cli;
import org.tarjama.cli.ExitCodes;
import org.tarjama.export.OutputSet;
import org.tarjama.translate.http.Json;

/**
 * {@code tarjama translate seeds --backend libretranslate --endpoint http://127.0.0.1:PORT} against a loopback
 * server that speaks LibreTranslate's API: every output file is written, with the server's translations.
 */
class TranslateSeedsEndToEndTest {

  @TempDir
  Path dir;

  @Test
  void seedsAreTranslatedByTheLoopbackServer() throws Exception {
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();
    try (FakeLibreTranslate lt = FakeLibreTranslate.start()) {
      int exit = Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(
          "translate", "seeds", "--backend", "libretranslate", "--endpoint", "http://127.0.0.1:" + lt.port(),
          "--out", out.toString());
      assertEquals(ExitCodes.OK, exit, err.toString());

      List<String> pairs = Files.readAllLines(out.resolve(OutputSet.PAIRS), StandardCharsets.UTF_8);
      int sent = lt.requests().stream().mapToInt(List::size).sum();
      assertEquals(pairs.size(), sent, "every segment went to the server exactly once");
      assertTrue(pairs.size() > 50, "the five seed articles give many segments: " + pairs.size());
      assertTrue(lt.requests().stream().allMatch(batch -> batch.size() <= 50), "batches within the default limit");
      for (String line : pairs) {
        JsonNode pair = Json.MAPPER.readTree(line);
        assertEquals("ok", pair.path("status").asText(), line);
        assertEquals("libretranslate", pair.path("backend").asText(), line);
        assertEquals(FakeLibreTranslate.translationOf(pair.path("ar").asText()), pair.path("en").asText(), line);
      }

      List<String> arabic = Files.readAllLines(out.resolve(OutputSet.MOSES_AR), StandardCharsets.UTF_8);
      List<String> english = Files.readAllLines(out.resolve(OutputSet.MOSES_EN), StandardCharsets.UTF_8);
      assertEquals(pairs.size(), arabic.size());
      for (int i = 0; i < arabic.size(); i++) assertEquals(FakeLibreTranslate.translationOf(arabic.get(i)), english.get(i));

      String tmx = Files.readString(out.resolve(OutputSet.TMX));
      assertEquals(pairs.size(), tmx.split("<tu[ >]", -1).length - 1, "one <tu> per pair");
      assertTrue(tmx.contains("libretranslate"), "backend recorded in the TMX");
      assertEquals(pairs.size() + 1, Files.readAllLines(out.resolve(OutputSet.TSV)).size(), "header plus one line per pair");
      assertEquals(5, Files.list(out.resolve(OutputSet.ARTICLES)).count());
      JsonNode run = Json.MAPPER.readTree(out.resolve(OutputSet.RUN).toFile());
      assertEquals("libretranslate", run.path("backend").asText(), run.toString());
      assertFalse(err.toString().contains("failed:"), err.toString());
    }
  }
}

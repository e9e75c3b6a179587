package org.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.config.BackendCatalog;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.http.Fixtures;
import picocli.CommandLine;

class BackendsCommandTest {

  @TempDir
  Path dir;

  private String run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BackendsCommand(env::get, dir));
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute(args));
    return out.toString();
  }

  private static String line(String output, String backend) {
    return output.lines().filter(l -> l.startsWith(backend + " ")).findFirst().orElseThrow();
  }

  @Test
  void listsEveryBackendWithConfiguredLimitsAndDescription() {
    String output = run(Map.of("DEEPL_AUTH_KEY", Fixtures.KEY));
    assertTrue(output.startsWith("BACKEND         CONFIGURED  LIMITS"), output);
    assertTrue(line(output, "deepl").matches("deepl +yes +50 items, 98304 bytes +DeepL API v2 .*"), output);
    assertTrue(line(output, "azure").matches("azure +no +1000 items, 50000 chars, 50000 chars/item +Azure AI .*"), output);
    assertTrue(line(output, "google").matches("google +no +128 items, 98000 bytes +Google Cloud Translation.*"), output);
    assertTrue(line(output, "libretranslate").matches("libretranslate +no +50 items, 10000 chars +LibreTranslate.*"), output);
    assertFalse(output.contains(Fixtures.KEY));
  }

  @Test
  void configFileSettingsShowInTheListing() throws Exception {
    Path config = dir.resolve("my.yaml");
    Files.writeString(config, "backends:\n  openai:\n    endpoint: http://127.0.0.1:11434/v1\n    max-items: 12\n");
    String output = run(Map.of(), "--config", config.toString());
    assertTrue(line(output, "openai").matches("openai +yes +12 items, 4000 chars +OpenAI-compatible .*"), output);
  }

  @Test
  void libraryListingIsWhatTheCommandFormats() {
    List<BackendCatalog.Entry> entries = List.of(
        new BackendCatalog.Entry("demo", "a demo backend", true, Optional.of(BatchLimits.items(3))),
        new BackendCatalog.Entry("mystery", "limits unknown", false, Optional.empty()));
    assertEquals("""
        BACKEND  CONFIGURED  LIMITS   DESCRIPTION
        demo     yes         3 items  a demo backend
        mystery  no          unknown  limits unknown
        """, BackendsCommand.format(entries));
  }

  @Test
  void namedBackendShowsWhatItDeclares() {
    String output = run(Map.of(), "deepl");

    assertTrue(output.startsWith("deepl\n  keys         DEEPL_AUTH_KEY\n  auto         when DEEPL_AUTH_KEY is set\n"
        + "  memory key   model, context, target-lang, source text\n"), output);
    assertTrue(output.lines().anyMatch(l -> l.matches(" +requests-per-minute +number \\[600\\] .*")), output);
    assertTrue(output.lines().anyMatch(l -> l.matches(" +target-lang +\\* en-us\\|en-gb \\[en-us\\] .*")), output);
  }
}

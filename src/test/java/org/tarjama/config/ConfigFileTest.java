package org.tarjama.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.translate.http.Fixtures;

class ConfigFileTest {

  @TempDir
  Path dir;

  private Path write(String name, String yaml) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml);
    return file;
  }

  private String error(String yaml) throws Exception {
    Path file = write("tarjama.yaml", yaml);
    return assertThrows(ConfigException.class, () -> ConfigFile.read(file)).getMessage();
  }

  @Test
  void readsBackendSectionsAndSecrets() throws Exception {
    Path file = write("tarjama.yaml", """
        backend: openai
        backends:
          openai:
            endpoint: http://127.0.0.1:11434/v1
            model: qwen2.5:7b
            max-items: 20
            context: false
            glossary: terms/names.tsv
        secrets:
          DEEPL_AUTH_KEY: %s
        """.formatted(Fixtures.KEY));
    ConfigFile config = ConfigFile.read(file);
    assertEquals("openai", config.backend());
    assertEquals(Map.of("endpoint", "http://127.0.0.1:11434/v1", "model", "qwen2.5:7b", "max-items", "20",
        "context", "false", "glossary", "terms/names.tsv"), config.backends().get("openai"));
    assertEquals(Map.of("DEEPL_AUTH_KEY", Fixtures.KEY), config.secrets());
    assertFalse(config.toString().contains(Fixtures.KEY), config.toString());
  }

  @Test
  void emptyFileIsAnEmptyConfig() throws Exception {
    ConfigFile config = ConfigFile.read(write("tarjama.yaml", "# nothing yet\n"));
    assertNull(config.backend());
    assertTrue(config.backends().isEmpty());
  }

  @Test
  void unknownTopLevelKeyIsNamedWithTheFile() throws Exception {
    assertEquals(dir.resolve("tarjama.yaml") + ": unknown key 'bakend'; known keys: backend, backends, secrets",
        error("bakend: deepl\n"));
  }

  @Test
  void nestedValueWhereOneIsExpectedIsNamed() throws Exception {
    assertEquals(dir.resolve("tarjama.yaml") + ": 'backends.deepl.limits' must be a single value (text, number or "
        + "true/false)", error("backends:\n  deepl:\n    limits:\n      items: 3\n"));
  }

  @Test
  void brokenYamlIsReportedWithItsLine() throws Exception {
    String message = error("backend: deepl\nbackends: [unclosed\n");
    assertTrue(message.startsWith(dir.resolve("tarjama.yaml") + ": not valid YAML: "), message);
    assertTrue(message.contains("(line "), message);
  }

  @Test
  void explicitFileMustExistButTheDefaultMayBeAbsent() throws Exception {
    assertEquals(Optional.empty(), ConfigFile.locate(null, dir));
    Path missing = dir.resolve("nope.yaml");
    assertEquals(missing + ": no such config file; check the --config path",
        assertThrows(ConfigException.class, () -> ConfigFile.locate(missing, dir)).getMessage());
    write("tarjama.yaml", "backend: deepl\n");
    assertEquals("deepl", ConfigFile.locate(null, dir).orElseThrow().backend());
  }
}

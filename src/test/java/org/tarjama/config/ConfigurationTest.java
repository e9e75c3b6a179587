package org.tarjama.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.Backends;

class ConfigurationTest {

  @TempDir
  Path dir;

  private final Map<String, String> env = new HashMap<>();

  private Configuration load(String yaml) throws Exception {
    Files.writeString(dir.resolve("tarjama.yaml"), yaml);
    return Configuration.load(null, dir, env::get);
  }

  private String error(String yaml) throws Exception {
    return assertThrows(ConfigException.class, () -> load(yaml)).getMessage();
  }

  @Test
  void backendComesFromTheFlagThenTheEnvironmentThenTheFileThenAuto() throws Exception {
    Configuration config = load("backend: deepl\n");
    assertEquals("google", config.backendName("google"));
    env.put("TARJAMA_BACKEND", "azure");
    assertEquals("azure", config.backendName(null));
    env.remove("TARJAMA_BACKEND");
    assertEquals("deepl", config.backendName(null));
    assertEquals("auto", Configuration.load(null, dir.resolve("elsewhere"), env::get).backendName(" "));
  }

  @Test
  void endpointComesFromTheFlagThenTheVendorVariableThenTheFile() throws Exception {
    Configuration config = load("backends:\n  openai:\n    endpoint: http://file:1/v1\n    model: file-model\n");
    assertEquals("http://flag:1/v1", config.settings("openai", "http://flag:1/v1", null).endpoint());
    env.put("OPENAI_BASE_URL", "http://env:1/v1");
    assertEquals("http://env:1/v1", config.settings("openai", null, null).endpoint());
    env.remove("OPENAI_BASE_URL");
    BackendSettings fromFile = config.settings("openai", null, null);
    assertEquals("http://file:1/v1", fromFile.endpoint());
    assertEquals("file-model", fromFile.model());
    assertEquals("flag-model", config.settings("openai", null, "flag-model").model());
    assertEquals(Map.of(), fromFile.options(), "endpoint and model are not options");
  }

  @Test
  void unknownSecretIsNamedWithTheKeyVariablesTheBackendsDeclare() throws Exception {
    assertTrue(error("secrets:\n  DEEPL_KEY: x\n").startsWith(dir.resolve("tarjama.yaml")
        + ": unknown key 'secrets.DEEPL_KEY'; known secrets: ANTHROPIC_API_KEY, AZURE_TRANSLATOR_KEY, DEEPL_AUTH_KEY, "));
  }

  @Test
  void glossaryPathIsTakenFromTheConfigFilesFolder() throws Exception {
    Configuration config = load("backends:\n  openai:\n    glossary: terms/names.tsv\n");
    assertEquals(dir.resolve("terms/names.tsv").toString(), config.settings("openai", null, null).options().get("glossary"));
  }

  @Test
  void badValueInTheFileIsNamedWithWhatItMustBe() throws Exception {
    assertEquals(dir.resolve("tarjama.yaml") + ": 'backends.libretranslate.max-items': option max-items of backend "
        + "libretranslate is 'twenty' but must be a positive whole number",
        error("backends:\n  libretranslate:\n    max-items: twenty\n"));
  }

  @Test
  void misspeltCommandLineOptionIsAnErrorNamingTheBackendsOptions() throws Exception {
    Configuration config = load("");
    String message = assertThrows(ConfigException.class,
        () -> config.checkOptions("libretranslate", Map.of("max-item", "20"))).getMessage();
    assertEquals("-o max-item: unknown option 'max-item' for backend libretranslate; its options: characters-per-minute, "
        + "max-bytes, max-chars, max-item-chars, max-items, price-per-million-characters, price-per-million-input-tokens, "
        + "price-per-million-output-tokens, requests-per-minute, timeout", message);
    assertTrue(assertThrows(ConfigException.class, () -> config.checkOptions("deepl", Map.of("target-lang", "fr")))
        .getMessage().endsWith("is 'fr' but must be one of en-us, en-gb"));
    config.checkOptions("deepl", Map.of("target-lang", "EN-GB", "max-items", "20", "requests-per-minute", "30"));
  }

  @Test
  void secretFromTheEnvironmentWinsOverTheFile() throws Exception {
    Configuration config = load("secrets:\n  DEEPL_AUTH_KEY: from-file-123\n");
    assertEquals("from-file-123", config.settings("deepl", null, null).secret("api-key", "DEEPL_AUTH_KEY").orElseThrow());
    env.put("DEEPL_AUTH_KEY", "from-env-456");
    assertEquals("from-env-456", config.settings("deepl", null, null).secret("api-key", "DEEPL_AUTH_KEY").orElseThrow());
  }

  @Test
  void configFileCanBeNamedByTheEnvironment() throws Exception {
    Path other = dir.resolve("other.yaml");
    Files.writeString(other, "backend: azure\n");
    env.put("TARJAMA_CONFIG", other.toString());
    assertEquals("azure", Configuration.load(null, dir, env::get).backendName(null));
  }

  @Test
  void optionsOfTheSectionReachTheBackend() throws Exception {
    BackendSettings settings = load("backends:\n  deepl:\n    context: false\n    max-items: 10\n"
        + "    requests-per-minute: 60\n").settings("deepl", null, null);
    assertEquals(Map.of("context", "false", "max-items", "10", "requests-per-minute", "60"), settings.options());
    assertNull(settings.endpoint());
  }

  @Test
  void unknownBackendSectionIsNamedWithTheKnownOnes() throws Exception {
    String message = error("backends:\n  deeple:\n    context: true\n");
    assertTrue(message.startsWith(dir.resolve("tarjama.yaml") + ": unknown key 'backends.deeple'; known backends: "),
        message);
    assertTrue(message.contains("deepl"), message);
  }

  @Test
  void unknownOptionIsNamedWithTheKnownOnes() throws Exception {
    assertEquals(dir.resolve("tarjama.yaml") + ": unknown key 'backends.deepl.formality'; known keys for deepl: "
        + "characters-per-minute, context, endpoint, max-bytes, max-chars, max-item-chars, max-items, model, "
        + "price-per-million-characters, price-per-million-input-tokens, price-per-million-output-tokens, "
        + "requests-per-minute, target-lang, timeout", error("backends:\n  deepl:\n    formality: more\n"));
  }

  @Test
  void keyInABackendSectionPointsToTheSecretsSection() throws Exception {
    assertTrue(error("backends:\n  deepl:\n    api-key: abc\n").endsWith("put secrets under 'secrets:' by their "
        + "variable name, e.g. secrets: {DEEPL_AUTH_KEY: ...}"));
  }

  @Test
  void unknownBackendNameIsRefused() throws Exception {
    assertTrue(error("backend: babelfish\n").contains("'backend' is 'babelfish', which is not a backend"));
  }

  @Test
  void everyBuiltInBackendIsFound() {
    assertTrue(Backends.load().all().stream().map(p -> p.name()).toList().containsAll(java.util.List.of("anthropic",
        "azure", "command", "deepl", "google", "libretranslate", "openai", "pseudo")));
  }
}

package org.tarjama.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.translate.libretranslate.FakeLibreTranslate;

class AutoBackendTest {

  @TempDir
  Path dir;

  private final Map<String, String> env = new HashMap<>();
  private String closed;

  @BeforeEach
  void findAClosedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = "http://127.0.0.1:" + socket.getLocalPort();
    }
  }

  private AutoBackend.Choice choose(String libreTranslate, String ollama) throws Exception {
    return new AutoBackend(Configuration.load(null, dir, env::get),
        probes(libreTranslate, ollama, Duration.ofMillis(500))).choose(null, null);
  }

  private static AutoBackend.Probes probes(String libreTranslate, String ollama, Duration timeout) {
    return new AutoBackend.Probes(Map.of("libretranslate", libreTranslate, "ollama", ollama), timeout);
  }

  private static MockWebServer ollama(String tagsJson) throws IOException {
    MockWebServer server = new MockWebServer();
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(tagsJson));
    server.start();
    return server;
  }

  private static String base(MockWebServer server) {
    return "http://127.0.0.1:" + server.getPort();
  }

  @Test
  void commercialKeyInTheEnvironmentWins() throws Exception {
    env.put("AZURE_TRANSLATOR_KEY", "azure-key-123");
    env.put("ANTHROPIC_API_KEY", "anthropic-key-123");
    AutoBackend.Choice choice = choose(closed, closed);
    assertEquals("azure", choice.backend());
    assertEquals("backend azure: AZURE_TRANSLATOR_KEY is set", choice.reason());
  }

  @Test
  void backendSetUpInTheConfigFileComesFirst() throws Exception {
    Files.writeString(dir.resolve("tarjama.yaml"), "backends:\n  command:\n    command: marian-decoder -c ar-en.yml\n");
    env.put("DEEPL_AUTH_KEY", "deepl-key-123");
    AutoBackend.Choice choice = choose(closed, closed);
    assertEquals("command", choice.backend());
    assertEquals("backend command: set up in " + dir.resolve("tarjama.yaml"), choice.reason());
  }

  @Test
  void localLibreTranslateIsFoundWhenNoKeyIsSet() throws Exception {
    try (FakeLibreTranslate lt = FakeLibreTranslate.start()) {
      AutoBackend.Choice choice = choose(lt.url(), closed);
      assertEquals("libretranslate", choice.backend());
      assertEquals(lt.url(), choice.settings().endpoint());
      assertEquals("backend libretranslate: a LibreTranslate server answers on " + lt.url(), choice.reason());
    }
  }

  @Test
  void ollamaIsUsedThroughTheOpenAiBackendWithItsFirstModel() throws Exception {
    try (MockWebServer ollama = ollama("{\"models\":[{\"name\":\"qwen2.5:7b\",\"size\":4683087332},"
        + "{\"name\":\"llama3.2:3b\"}]}")) {
      AutoBackend.Choice choice = choose(closed, base(ollama));
      assertEquals("openai", choice.backend());
      assertEquals(base(ollama) + "/v1", choice.settings().endpoint());
      assertEquals("qwen2.5:7b", choice.settings().model());
      assertEquals("backend openai: an Ollama server answers on " + base(ollama) + " (model qwen2.5:7b)", choice.reason());
      assertEquals("/api/tags", ollama.takeRequest().getPath());
    }
  }

  @Test
  void nothingFoundFallsBackToGlossAndSaysWhy() throws Exception {
    try (MockWebServer ollama = ollama("{\"models\":[]}")) {
      AutoBackend.Choice choice = choose(closed, base(ollama));
      assertEquals("gloss", choice.backend());
      assertNull(choice.settings().endpoint());
      assertEquals("backend gloss: no translation key is set and no LibreTranslate (" + closed + ") or Ollama ("
          + base(ollama) + ") answers; the Ollama on " + base(ollama) + " has no models (ollama pull qwen2.5:7b); "
          + "offline word-by-word English glosses from the FreeDict Arabic-English dictionary; not for training",
          choice.reason());
    }
  }

  @Test
  void serverThatAnswersSomethingElseOnTheLibreTranslatePortIsSkipped() throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.enqueue(new MockResponse().setResponseCode(404).setBody("<html>not here</html>"));
      other.start();
      assertEquals("gloss", choose(base(other), closed).backend());
    }
  }

  @Test
  void namedBackendIsTakenAsAskedWithoutProbing() throws Exception {
    env.put("DEEPL_AUTH_KEY", "deepl-key-123");
    AutoBackend.Choice choice = AutoBackend.select(Configuration.load(null, dir, env::get), "libretranslate",
        "http://10.1.1.1:5000", null, probes(closed, closed, Duration.ofMillis(100)));
    assertEquals(new AutoBackend.Choice("libretranslate", choice.settings(), "backend libretranslate: as asked", false),
        choice);
    assertEquals("http://10.1.1.1:5000", choice.settings().endpoint());
  }

  @Test
  void autoIsTheDefaultAndChoosesAutomatically() throws Exception {
    env.put("DEEPL_AUTH_KEY", "deepl-key-123");
    AutoBackend.Choice choice = AutoBackend.select(Configuration.load(null, dir, env::get), null, null, null,
        probes(closed, closed, Duration.ofMillis(100)));
    assertEquals("deepl", choice.backend());
    assertEquals(true, choice.automatic());
  }
}

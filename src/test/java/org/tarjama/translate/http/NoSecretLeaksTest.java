package org.tarjama.translate.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.Backends;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;

/**
 * Every backend on the class path, with the fake key in every secret variable, against a server that echoes
 * the key in every kind of failure: the key must appear in no exception message, no returned translation, no
 * toString and no log line.
 */
class NoSecretLeaksTest {

  private static final String ECHO = "{\"error\":{\"message\":\"bad key " + Fixtures.KEY + "\"},\"message\":\""
      + Fixtures.KEY + "\"}";

  private static List<MockResponse> failures() {
    return List.of(
        new MockResponse().setResponseCode(401).setBody(ECHO),
        new MockResponse().setResponseCode(403).setBody(ECHO),
        new MockResponse().setResponseCode(429).setHeader("Retry-After", "3").setBody(ECHO),
        new MockResponse().setResponseCode(500).setBody("Internal error for key=" + Fixtures.KEY),
        new MockResponse().setBody("not json " + Fixtures.KEY),
        // well-formed for several vendors at once, with the key where a translation belongs
        new MockResponse().setBody("{\"translatedText\":[\"" + Fixtures.KEY + "\"],\"translations\":[{\"text\":\""
            + Fixtures.KEY + "\",\"translatedText\":\"" + Fixtures.KEY + "\"}],\"data\":{\"translations\":"
            + "[{\"translatedText\":\"" + Fixtures.KEY + "\"}]},\"choices\":[{\"finish_reason\":\"stop\",\"message\":"
            + "{\"content\":\"{\\\"translations\\\":[{\\\"id\\\":\\\"1\\\",\\\"en\\\":\\\"" + Fixtures.KEY + "\\\"}]}\"}}],"
            + "\"content\":[{\"type\":\"text\",\"text\":\"" + Fixtures.KEY + "\"}]}"));
  }

  @Test
  void noBackendRevealsTheKeyInMessagesOutputsOrLogs() throws Exception {
    List<String> seen = new ArrayList<>();
    int failuresSeen = 0;
    try (LogCapture logs = new LogCapture()) {
      for (TranslatorProvider provider : Backends.load().all()) {
        for (MockResponse response : failures()) {
          try (MockWebServer server = new MockWebServer()) {
            server.enqueue(response);
            BackendSettings settings = new BackendSettings(server.url("/").toString(), null, Map.of("timeout", "2"),
                Fixtures.secretEnvironment()::get);
            seen.add(settings.toString());
            try (Translator translator = provider.create(settings)) {
              seen.add(translator.toString());
              seen.addAll(translator.translate(List.of(Fixtures.batch().get(0))));
            } catch (BackendException | BackendUnavailableException e) {
              failuresSeen++;
              for (Throwable t = e; t != null; t = t.getCause()) seen.add(t.toString());
            }
          }
        }
      }
      seen.addAll(logs.lines());
    }
    assertTrue(failuresSeen > 30, "failures were driven: " + failuresSeen);
    for (String text : seen) assertFalse(text.contains(Fixtures.KEY), text);
  }
}

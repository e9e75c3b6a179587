package org.tarjama.translate.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.BatchLimits;

class OptionsTest {

  private static BackendSettings with(Map<String, String> options) {
    return new BackendSettings(null, null, options, name -> null);
  }

  @Test
  void timeoutIsInSecondsWithFractions() throws Exception {
    assertEquals(Duration.ofMillis(2500), Options.timeout("demo", with(Map.of("timeout", "2.5")), Duration.ZERO));
    assertEquals(Duration.ofSeconds(9), Options.timeout("demo", with(Map.of()), Duration.ofSeconds(9)));
  }

  @Test
  void limitOptionsOverrideOnlyWhatTheyName() throws Exception {
    assertEquals(new BatchLimits(10, 200, 999, 50), Options.limits("demo",
        with(Map.of("max-items", "10", "max-chars", "200", "max-item-chars", "50")), new BatchLimits(5, 100, 999, 20)));
  }

  @Test
  void badValuesNameTheBackendOptionAndWhatIsWanted() {
    BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
        () -> Options.limits("deepl", with(Map.of("max-items", "lots")), BatchLimits.unlimited()));
    assertEquals("deepl: option max-items is 'lots' but must be a positive whole number", e.getMessage());
    assertThrows(BackendUnavailableException.class, () -> Options.timeout("x", with(Map.of("timeout", "0")), Duration.ZERO));
    assertEquals("x: option context is 'maybe' but must be true or false", assertThrows(BackendUnavailableException.class,
        () -> Options.flag("x", with(Map.of("context", "maybe")), "context", true)).getMessage());
    assertEquals("x: option api is 'v4' but must be one of v2, v3", assertThrows(BackendUnavailableException.class,
        () -> Options.choice("x", with(Map.of("api", "v4")), "api", "v2", Set.of("v3", "v2"))).getMessage());
  }

  @Test
  void endpointMustBeAnHttpUrl() {
    BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
        () -> Options.endpoint("libretranslate", with(Map.of()).withEndpoint("127.0.0.1:5000"), "http://127.0.0.1:5000"));
    assertEquals("libretranslate: endpoint '127.0.0.1:5000' is not an http:// or https:// URL; give e.g. --endpoint "
        + "http://127.0.0.1:5000", e.getMessage());
  }

  @Test
  void resolveAppendsToTheBasePathWithOrWithoutATrailingSlash() {
    assertEquals(HttpUrl.get("http://h/v1/chat/completions"), Options.resolve(HttpUrl.get("http://h/v1"), "chat/completions"));
    assertEquals(HttpUrl.get("http://h/v1/chat/completions"), Options.resolve(HttpUrl.get("http://h/v1/"), "chat/completions"));
    assertEquals(HttpUrl.get("http://h/translate"), Options.resolve(HttpUrl.get("http://h"), "translate"));
  }
}

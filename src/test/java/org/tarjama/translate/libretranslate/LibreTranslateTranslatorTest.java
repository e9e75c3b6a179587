package org.tarjama.translate.libretranslate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.Fixtures;
import org.tarjama.translate.http.HttpBackendContract;
import org.tarjama.translate.http.Json;

class LibreTranslateTranslatorTest extends HttpBackendContract {

  @Override
  protected TranslatorProvider provider() {
    return new LibreTranslateProvider();
  }

  @Override
  protected MockResponse success(List<String> translations) {
    return new MockResponse().setHeader("Content-Type", "application/json")
        .setBody(Json.object().set("translatedText", Json.strings(translations)).toString());
  }

  @Override
  protected MockResponse quotaExhausted() {
    return new MockResponse().setResponseCode(403).setBody("{\"error\":\"Too many request limits violations\"}");
  }

  @Override
  protected MockResponse rejectedKey() {
    return new MockResponse().setResponseCode(403).setBody("{\"error\":\"Invalid API key " + Fixtures.KEY + "\"}");
  }

  @Override
  protected MockResponse tooManyRequests() {
    return new MockResponse().setResponseCode(429).setBody("{\"error\":\"Slowdown: 30 per 1 minute\"}");
  }

  @Test
  void sendsQAsAnArrayWithTheKeyInTheBody() throws Exception {
    server.enqueue(success(Fixtures.english()));
    try (Translator translator = translator()) {
      translator.translate(Fixtures.batch());
    }
    RecordedRequest request = taken();
    assertEquals("POST", request.getMethod());
    assertEquals("/translate", request.getPath());
    assertEquals("application/json; charset=utf-8", request.getHeader("Content-Type"));
    assertEquals(json("{\"q\":[\"" + Fixtures.AR1 + "\",\"" + Fixtures.AR2 + "\",\"" + Fixtures.AR3 + "\"],"
        + "\"source\":\"ar\",\"target\":\"en\",\"format\":\"text\",\"api_key\":\"" + Fixtures.KEY + "\"}"), bodyOf(request));
  }

  @Test
  void sendsNoKeyWhenNoneIsSet() throws Exception {
    env.remove(LibreTranslateProvider.KEY_VARIABLE);
    server.enqueue(success(List.of(Fixtures.EN3)));
    try (Translator translator = translator()) {
      translator.translate(List.of(Fixtures.batch().get(2)));
    }
    assertEquals(json("{\"q\":[\"" + Fixtures.AR3 + "\"],\"source\":\"ar\",\"target\":\"en\",\"format\":\"text\"}"),
        bodyOf(taken()));
  }

  @Test
  void keepsThePathOfAnEndpointBehindAProxy() throws Exception {
    server.enqueue(success(List.of(Fixtures.EN3)));
    BackendSettings settings = new BackendSettings(server.url("/lt/").toString(), null, Map.of(), env::get);
    try (Translator translator = provider().create(settings)) {
      translator.translate(List.of(Fixtures.batch().get(2)));
    }
    assertEquals("/lt/translate", taken().getPath());
  }

  @Test
  void serverAskingForAKeyStopsTheBackend() throws Exception {
    BackendException.Permanent e = failsWith(BackendException.Permanent.class, new MockResponse().setResponseCode(400)
        .setBody("{\"error\":\"Visit https://portal.libretranslate.com to get an API key\"}"));
    assertTrue(e.stopsBackend());
    assertTrue(e.getMessage().contains(LibreTranslateProvider.KEY_VARIABLE), e.getMessage());
  }

  @Test
  void serverWithoutArabicStopsTheBackend() throws Exception {
    assertTrue(failsWith(BackendException.Permanent.class, new MockResponse().setResponseCode(400)
        .setBody("{\"error\":\"ar is not supported\"}")).stopsBackend());
  }

  @Test
  void defaultLimitsAreFiftyItemsAndTenThousandCharacters() {
    assertEquals(new BatchLimits(50, 10_000, BatchLimits.UNLIMITED, BatchLimits.UNLIMITED),
        provider().limits(BackendSettings.fromEnvironment()).orElseThrow());
  }

  @Test
  void isConfiguredByAnEndpointOrAKey() {
    assertFalse(provider().isConfigured(new BackendSettings(null, null, Map.of(), name -> null)));
    assertTrue(provider().isConfigured(new BackendSettings("http://10.0.0.2:5000", null, Map.of(), name -> null)));
    assertTrue(provider().isConfigured(new BackendSettings(null, null, Map.of(), env::get)));
  }
}

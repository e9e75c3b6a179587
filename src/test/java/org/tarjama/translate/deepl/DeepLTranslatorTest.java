package org.tarjama.translate.deepl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.Fixtures;
import org.tarjama.translate.http.HttpBackendContract;
import org.tarjama.translate.http.Json;

class DeepLTranslatorTest extends HttpBackendContract {

  @Override
  protected TranslatorProvider provider() {
    return new DeepLProvider();
  }

  @Override
  protected MockResponse success(List<String> translations) {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("translations");
    translations.forEach(t -> list.addObject().put("detected_source_language", "AR").put("text", t));
    return new MockResponse().setHeader("Content-Type", "application/json").setHeader("X-Trace-ID", "abc")
        .setBody(body.toString());
  }

  @Override
  protected MockResponse quotaExhausted() {
    return new MockResponse().setResponseCode(456).setBody("{\"message\":\"Quota exceeded\"}");
  }

  @Override
  protected MockResponse rejectedKey() {
    return new MockResponse().setResponseCode(403).setBody("{\"message\":\"Wrong key " + Fixtures.KEY + "\"}");
  }

  @Override
  protected MockResponse tooManyRequests() {
    return new MockResponse().setResponseCode(429).setBody("{\"message\":\"Too many requests\"}");
  }

  @Test
  void sendsTextArrayWithTheAuthHeaderAndEnUsTarget() throws Exception {
    server.enqueue(success(Fixtures.english()));
    try (Translator translator = translator()) {
      assertEquals(Fixtures.english(), translator.translate(Fixtures.batch()));
    }
    RecordedRequest request = taken();
    assertEquals("POST", request.getMethod());
    assertEquals("/v2/translate", request.getPath());
    assertEquals("DeepL-Auth-Key " + Fixtures.KEY, request.getHeader("Authorization"));
    assertEquals("application/json; charset=utf-8", request.getHeader("Content-Type"));
    assertEquals(json("{\"text\":[\"" + Fixtures.AR1 + "\",\"" + Fixtures.AR2 + "\",\"" + Fixtures.AR3 + "\"],"
        + "\"source_lang\":\"AR\",\"target_lang\":\"EN-US\"}"), bodyOf(request));
  }

  @Test
  void sendsTheDistinctContextsOfTheBatchOncePerRequest() throws Exception {
    server.enqueue(success(List.of(Fixtures.EN1, Fixtures.EN2, Fixtures.EN3)));
    List<TranslationItem> batch = List.of(new TranslationItem("a", Fixtures.AR1, "السياق الأول"),
        new TranslationItem("b", Fixtures.AR2, "السياق الأول"), new TranslationItem("c", Fixtures.AR3, "السياق الثاني"));
    try (Translator translator = translator(Map.of("target-lang", "en-gb"))) {
      translator.translate(batch);
    }
    assertEquals(json("{\"text\":[\"" + Fixtures.AR1 + "\",\"" + Fixtures.AR2 + "\",\"" + Fixtures.AR3 + "\"],"
        + "\"source_lang\":\"AR\",\"target_lang\":\"EN-GB\",\"context\":\"السياق الأول\\nالسياق الثاني\"}"), bodyOf(taken()));
  }

  @Test
  void contextCanBeSwitchedOff() throws Exception {
    server.enqueue(success(List.of(Fixtures.EN3)));
    try (Translator translator = translator(Map.of("context", "false"))) {
      translator.translate(List.of(new TranslationItem("c", Fixtures.AR3, "السياق")));
    }
    assertFalse(bodyOf(taken()).has("context"));
  }

  @Test
  void modelPicksTheModelType() throws Exception {
    server.enqueue(success(List.of(Fixtures.EN3)));
    try (Translator translator = provider().create(settings(Map.of()).withModel("quality_optimized"))) {
      assertEquals("quality_optimized", translator.model());
      translator.translate(List.of(Fixtures.batch().get(2)));
    }
    assertEquals("quality_optimized", bodyOf(taken()).path("model_type").asText());
    assertThrows(BackendUnavailableException.class, () -> provider().create(settings(Map.of()).withModel("gpt-4")));
  }

  @Test
  void freeKeysGoToTheFreeHostAndOthersToPro() throws Exception {
    // no endpoint given: the host comes from the key's :fx suffix
    assertEquals("https://api-free.deepl.com/v2/translate", requestUrlFor("abc-123:fx"));
    assertEquals("https://api.deepl.com/v2/translate", requestUrlFor("abc-123"));
  }

  private String requestUrlFor(String key) throws Exception {
    try (Translator translator = provider().create(new BackendSettings(null, null, Map.of(),
        Map.of(DeepLProvider.KEY_VARIABLE, key)::get))) {
      return ((DeepLTranslator) translator).url().toString();
    }
  }

  @Test
  void missingKeyNamesTheVariable() {
    BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
        () -> provider().create(new BackendSettings(null, null, Map.of(), name -> null)));
    assertTrue(e.getMessage().contains("DEEPL_AUTH_KEY"), e.getMessage());
  }

  @Test
  void overloadedIsRateLimited() throws Exception {
    failsWith(BackendException.RateLimited.class, new MockResponse().setResponseCode(529).setBody("{\"message\":\"Too many requests\"}"));
  }

  @Test
  void quotaMessageSaysWhatToDo() throws Exception {
    assertTrue(failsWith(BackendException.Permanent.class, quotaExhausted()).getMessage()
        .contains("HTTP 456 from http://"));
  }

  @Test
  void defaultLimitsAreFiftyItemsAndNinetySixKibOfText() {
    assertEquals(new BatchLimits(50, BatchLimits.UNLIMITED, 96 * 1024, BatchLimits.UNLIMITED),
        provider().limits(settings(Map.of())).orElseThrow());
  }

  @Test
  void bodyOverTheLimitIsRefusedBeforeSending() throws Exception {
    String quotes = "\"".repeat(70_000); // each escaped to two bytes
    try (Translator translator = translator()) {
      BackendException.Permanent e = assertThrows(BackendException.Permanent.class,
          () -> translator.translate(List.of(new TranslationItem("q", quotes))));
      assertFalse(e.stopsBackend());
      assertTrue(e.getMessage().contains("131072-byte limit"), e.getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }
}

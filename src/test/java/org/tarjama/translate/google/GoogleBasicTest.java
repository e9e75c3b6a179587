package org.tarjama.translate.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.Fixtures;
import org.tarjama.translate.http.HttpBackendContract;
import org.tarjama.translate.http.Json;

/** Cloud Translation Basic (v2), chosen because GOOGLE_API_KEY is set. */
class GoogleBasicTest extends HttpBackendContract {

  @Override
  protected TranslatorProvider provider() {
    return new GoogleProvider();
  }

  @Override
  protected MockResponse success(List<String> translations) {
    ObjectNode body = Json.object();
    ArrayNode list = body.putObject("data").putArray("translations");
    translations.forEach(t -> list.addObject().put("translatedText", t));
    return new MockResponse().setHeader("Content-Type", "application/json; charset=UTF-8").setBody(body.toString());
  }

  static MockResponse googleError(int status, String message, String reason) {
    return new MockResponse().setResponseCode(status).setBody("{\"error\":{\"code\":" + status + ",\"message\":\""
        + message + "\",\"errors\":[{\"message\":\"" + message + "\",\"domain\":\"usageLimits\",\"reason\":\"" + reason
        + "\"}]}}");
  }

  @Override
  protected MockResponse quotaExhausted() {
    return googleError(403, "Daily Limit Exceeded", "dailyLimitExceeded");
  }

  @Override
  protected MockResponse rejectedKey() {
    return new MockResponse().setResponseCode(400).setBody("{\"error\":{\"code\":400,\"message\":\"API key not valid. "
        + "Please pass a valid API key.\",\"errors\":[{\"message\":\"API key not valid: " + Fixtures.KEY
        + "\",\"domain\":\"global\",\"reason\":\"badRequest\"}],\"status\":\"INVALID_ARGUMENT\"}}");
  }

  @Test
  void sendsQWithTextFormatAndTheKeyInTheQuery() throws Exception {
    server.enqueue(success(Fixtures.english()));
    try (Translator translator = translator()) {
      assertEquals(Fixtures.english(), translator.translate(Fixtures.batch()));
      assertEquals("", translator.model());
    }
    RecordedRequest request = taken();
    assertEquals("POST", request.getMethod());
    assertEquals("/language/translate/v2?key=" + Fixtures.KEY, request.getPath());
    assertNull(request.getHeader("Authorization"));
    assertEquals(json("{\"q\":[\"" + Fixtures.AR1 + "\",\"" + Fixtures.AR2 + "\",\"" + Fixtures.AR3 + "\"],"
        + "\"source\":\"ar\",\"target\":\"en\",\"format\":\"text\"}"), bodyOf(request));
  }

  @Test
  void modelIsSentWhenGiven() throws Exception {
    server.enqueue(success(List.of(Fixtures.EN3)));
    try (Translator translator = provider().create(settings(Map.of()).withModel("nmt"))) {
      translator.translate(List.of(Fixtures.batch().get(2)));
    }
    assertEquals("nmt", bodyOf(taken()).path("model").asText());
  }

  @Test
  void userRateLimitIsRateLimited() throws Exception {
    failsWith(BackendException.RateLimited.class, googleError(403, "User Rate Limit Exceeded", "userRateLimitExceeded"));
  }

  @Test
  void tooManySegmentsIsABatchTooLargeForTheEngineToSplit() throws Exception {
    failsWith(BackendException.BatchTooLarge.class, googleError(400, "Too many text segments", "invalid"));
  }

  @Test
  void limitsAre128SegmentsAnd98000Bytes() {
    assertEquals(new BatchLimits(128, BatchLimits.UNLIMITED, 98_000, BatchLimits.UNLIMITED),
        provider().limits(settings(Map.of())).orElseThrow());
  }

  @Test
  void withoutKeyOrTokenItIsNotConfigured() {
    BackendSettings none = new BackendSettings(null, null, Map.of(), name -> null);
    assertTrue(!provider().isConfigured(none));
    BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> provider().create(none));
    assertTrue(e.getMessage().contains("GOOGLE_API_KEY"), e.getMessage());
  }
}

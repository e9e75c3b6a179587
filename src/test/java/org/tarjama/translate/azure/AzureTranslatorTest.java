package org.tarjama.translate.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.Fixtures;
import org.tarjama.translate.http.HttpBackendContract;
import org.tarjama.translate.http.Json;

class AzureTranslatorTest extends HttpBackendContract {

  @Override
  protected TranslatorProvider provider() {
    return new AzureProvider();
  }

  @Override
  protected MockResponse success(List<String> translations) {
    ArrayNode body = Json.MAPPER.createArrayNode();
    translations.forEach(t -> body.addObject().putArray("translations").addObject().put("text", t).put("to", "en"));
    return new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8")
        .setHeader("X-Metered-Usage", "120").setBody(body.toString());
  }

  static MockResponse azureError(int status, int code, String message) {
    return new MockResponse().setResponseCode(status)
        .setBody("{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\"}}");
  }

  @Override
  protected MockResponse quotaExhausted() {
    return azureError(403, 403001, "The operation is not allowed because the subscription has exceeded its free quota.");
  }

  @Override
  protected MockResponse rejectedKey() {
    return azureError(401, 401000, "The request is not authorized because credentials are missing or invalid: "
        + Fixtures.KEY);
  }

  @Override
  protected MockResponse tooManyRequests() {
    return azureError(429, 429001, "The server rejected the request because the client has exceeded request limits.");
  }

  @Test
  void sendsTextObjectsWithKeyAndRegionHeaders() throws Exception {
    server.enqueue(success(Fixtures.english()));
    try (Translator translator = translator()) {
      assertEquals(Fixtures.english(), translator.translate(Fixtures.batch()));
    }
    RecordedRequest request = taken();
    assertEquals("POST", request.getMethod());
    assertEquals("/translate?api-version=3.0&from=ar&to=en", request.getPath());
    assertEquals(Fixtures.KEY, request.getHeader("Ocp-Apim-Subscription-Key"));
    assertEquals("westeurope", request.getHeader("Ocp-Apim-Subscription-Region"));
    assertEquals("application/json; charset=utf-8", request.getHeader("Content-Type"));
    assertEquals(json("[{\"Text\":\"" + Fixtures.AR1 + "\"},{\"Text\":\"" + Fixtures.AR2 + "\"},{\"Text\":\""
        + Fixtures.AR3 + "\"}]"), bodyOf(request));
  }

  @Test
  void globalResourceNeedsNoRegionAndCustomEndpointKeepsItsPath() throws Exception {
    env.remove(AzureProvider.REGION_VARIABLE);
    server.enqueue(success(List.of(Fixtures.EN3)));
    try (Translator translator = provider().create(new org.tarjama.translate.BackendSettings(
        server.url("/translator/text/v3.0").toString(), null, Map.of("category", "general"), env::get))) {
      assertEquals("general", translator.model());
      translator.translate(List.of(Fixtures.batch().get(2)));
    }
    RecordedRequest request = taken();
    assertEquals("/translator/text/v3.0/translate?api-version=3.0&from=ar&to=en&category=general", request.getPath());
    assertNull(request.getHeader("Ocp-Apim-Subscription-Region"));
  }

  @Test
  void textTooLongIsABatchTooLargeForTheEngineToSplit() throws Exception {
    failsWith(BackendException.BatchTooLarge.class, azureError(400, 400050, "The input text is too long."));
  }

  @Test
  void replyWithoutTranslationsIsMalformed() throws Exception {
    failsWith(BackendException.MalformedReply.class, new MockResponse().setBody("[{},{},{}]"));
  }

  @Test
  void limitsAreAThousandElementsAndFiftyThousandCharacters() {
    assertEquals(new BatchLimits(1000, 50_000, BatchLimits.UNLIMITED, 50_000),
        provider().limits(settings(Map.of())).orElseThrow());
  }
}

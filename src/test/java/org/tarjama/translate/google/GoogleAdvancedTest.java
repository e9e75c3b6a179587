package org.tarjama.translate.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Cloud Translation Advanced (v3), with an OAuth token and a project. */
class GoogleAdvancedTest extends HttpBackendContract {

  @Override
  protected TranslatorProvider provider() {
    return new GoogleProvider();
  }

  @Override
  protected Map<String, String> baseOptions() {
    return Map.of("api", "v3", "project", "my-proj");
  }

  @Override
  protected MockResponse success(List<String> translations) {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("translations");
    translations.forEach(t -> list.addObject().put("translatedText", t));
    return new MockResponse().setHeader("Content-Type", "application/json; charset=UTF-8").setBody(body.toString());
  }

  @Override
  protected MockResponse quotaExhausted() {
    return GoogleBasicTest.googleError(403, "Daily Limit Exceeded", "dailyLimitExceeded");
  }

  @Override
  protected MockResponse rejectedKey() {
    return new MockResponse().setResponseCode(401).setBody("{\"error\":{\"code\":401,\"message\":\"Request had invalid "
        + "authentication credentials: " + Fixtures.KEY + "\",\"status\":\"UNAUTHENTICATED\"}}");
  }

  @Override
  protected MockResponse tooManyRequests() {
    return new MockResponse().setResponseCode(429).setBody("{\"error\":{\"code\":429,\"message\":\"Quota exceeded for "
        + "quota metric 'v2 and v3 general model characters'\",\"status\":\"RESOURCE_EXHAUSTED\"}}");
  }

  @Test
  void sendsContentsAsPlainTextWithTheBearerToken() throws Exception {
    server.enqueue(success(Fixtures.english()));
    try (Translator translator = translator()) {
      assertEquals(Fixtures.english(), translator.translate(Fixtures.batch()));
    }
    RecordedRequest request = taken();
    assertEquals("POST", request.getMethod());
    assertEquals("/v3/projects/my-proj/locations/global:translateText", request.getPath());
    assertEquals("Bearer " + Fixtures.KEY, request.getHeader("Authorization"));
    assertEquals(json("{\"contents\":[\"" + Fixtures.AR1 + "\",\"" + Fixtures.AR2 + "\",\"" + Fixtures.AR3 + "\"],"
        + "\"sourceLanguageCode\":\"ar\",\"targetLanguageCode\":\"en\",\"mimeType\":\"text/plain\"}"), bodyOf(request));
  }

  @Test
  void tokenWithoutKeyChoosesV3AndTheProjectFromTheEnvironment() throws Exception {
    env.remove(GoogleProvider.KEY_VARIABLE);
    env.put(GoogleProvider.PROJECT_VARIABLE, "proj-7");
    server.enqueue(success(List.of(Fixtures.EN3)));
    try (Translator translator = provider().create(new BackendSettings(server.url("/").toString(), null,
        Map.of("location", "us-central1"), env::get))) {
      assertEquals(new BatchLimits(1024, 30_000, BatchLimits.UNLIMITED, BatchLimits.UNLIMITED), translator.limits());
      translator.translate(List.of(Fixtures.batch().get(2)));
    }
    assertEquals("/v3/projects/proj-7/locations/us-central1:translateText", taken().getPath());
  }

  @Test
  void projectThatIsNotAnIdIsRefused() {
    BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
        () -> provider().create(settings(Map.of("project", "../../evil"))));
    assertTrue(e.getMessage().contains("resource ids"), e.getMessage());
  }

  @Test
  void resourceExhaustedIsRateLimited() throws Exception {
    assertTrue(failsWith(BackendException.RateLimited.class, tooManyRequests()).getMessage().contains("Quota exceeded"));
  }
}

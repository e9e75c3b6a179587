package org.tarjama.translate.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;

class HttpFailureTest {

  private static HttpFailure failure(int status, String body, @Nullable Duration retryAfter,
                                     @Nullable Boolean shouldRetry) throws Exception {
    boolean json = body.startsWith("{");
    return new HttpFailure("demo", "https://api.example/v1/translate", status,
        json ? Json.MAPPER.readTree(body) : MissingNode.getInstance(), body, retryAfter, shouldRetry);
  }

  private static BackendException standard(int status) throws Exception {
    return failure(status, "", null, null).standard("check DEMO_KEY");
  }

  @Test
  void statusesMapAsTheVendorsDocumentThem() throws Exception {
    assertInstanceOf(BackendException.RateLimited.class, standard(429));
    assertInstanceOf(BackendException.RateLimited.class, standard(529));
    assertInstanceOf(BackendException.Transient.class, standard(408));
    assertInstanceOf(BackendException.Transient.class, standard(500));
    assertInstanceOf(BackendException.Transient.class, standard(503));
    assertTrue(assertInstanceOf(BackendException.Permanent.class, standard(401)).stopsBackend());
    assertTrue(assertInstanceOf(BackendException.Permanent.class, standard(403)).stopsBackend());
    assertTrue(assertInstanceOf(BackendException.Permanent.class, standard(404)).stopsBackend());
    assertFalse(assertInstanceOf(BackendException.Permanent.class, standard(400)).stopsBackend());
    assertFalse(assertInstanceOf(BackendException.Permanent.class, standard(422)).stopsBackend());
    assertTrue(assertInstanceOf(BackendException.BatchTooLarge.class, standard(413)).limit().isEmpty(),
        "a 413 says no limit: the engine halves the batch");
  }

  @Test
  void unavailableWithRetryAfterIsARateLimitWithItsDelay() throws Exception {
    BackendException e = failure(503, "", Duration.ofSeconds(30), null).standard("");
    assertEquals(Optional.of(Duration.ofSeconds(30)), assertInstanceOf(BackendException.RateLimited.class, e).retryAfter());
  }

  @Test
  void shouldRetryHeaderOverridesTheStatus() throws Exception {
    assertInstanceOf(BackendException.Permanent.class, failure(500, "", null, false).standard(""));
    assertInstanceOf(BackendException.Transient.class, failure(409, "", null, true).standard(""));
    assertInstanceOf(BackendException.RateLimited.class, failure(429, "", null, true).standard(""));
  }

  @Test
  void messageNamesStatusAddressServerMessageAndWhatToDo() throws Exception {
    BackendException e = failure(401, "{\"error\":{\"message\":\"Incorrect API key provided\"}}", null, null)
        .standard("check DEMO_KEY");
    assertEquals("demo: HTTP 401 from https://api.example/v1/translate: Incorrect API key provided "
        + "(credentials rejected; check DEMO_KEY)", e.getMessage());
  }

  @Test
  void serverMessageIsFoundInEachVendorsShape() throws Exception {
    assertEquals("Slowdown", failure(429, "{\"error\":\"Slowdown\"}", null, null).serverMessage());
    assertEquals("Quota exceeded", failure(456, "{\"message\":\"Quota exceeded\"}", null, null).serverMessage());
    assertEquals("Not Found", failure(404, "{\"detail\":\"Not Found\"}", null, null).serverMessage());
    assertEquals("", failure(500, "{}", null, null).serverMessage());
    assertEquals("upstream timed out", failure(502, "upstream  timed\nout", null, null).serverMessage());
  }

  @Test
  void googleReasonsAreFound() throws Exception {
    HttpFailure f = failure(403, "{\"error\":{\"code\":403,\"errors\":[{\"reason\":\"dailyLimitExceeded\"}]}}", null, null);
    assertTrue(f.hasReason("dailyLimitExceeded"));
    assertFalse(f.hasReason("userRateLimitExceeded"));
  }
}

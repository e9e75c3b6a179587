package org.tarjama.translate.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;

/**
 * What every HTTP backend must do, run against each one with MockWebServer: limits, the meaning of each
 * failure, and never a secret in a message or log line. Subclasses supply the vendor's reply shapes and
 * test their exact request themselves.
 */
public abstract class HttpBackendContract {

  /** MockWebServer warns about every pooled connection closed unused; held strongly so the level sticks. */
  private static final java.util.logging.Logger MOCK_SERVER_LOG = quiet();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(MockWebServer.class.getName());
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  protected MockWebServer server;
  protected Map<String, String> env;
  private LogCapture logs;

  protected abstract TranslatorProvider provider();

  /** A successful reply carrying {@code translations}, in the vendor's shape. */
  protected abstract MockResponse success(List<String> translations);

  /** The vendor's answer when the quota or credit is used up. */
  protected abstract MockResponse quotaExhausted();

  /** The vendor's answer to a rejected key; it echoes the key, as some servers do. */
  protected abstract MockResponse rejectedKey();

  /** Options the backend needs besides the endpoint (e.g. which API version). */
  protected Map<String, String> baseOptions() {
    return Map.of();
  }

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    env = Fixtures.secretEnvironment();
    logs = new LogCapture();
  }

  @AfterEach
  void stopServer() throws IOException {
    logs.close();
    server.shutdown();
    for (String line : logs.lines()) assertFalse(line.contains(Fixtures.KEY), "secret in log line: " + line);
  }

  protected BackendSettings settings(Map<String, String> extra) {
    Map<String, String> options = new HashMap<>(baseOptions());
    options.putAll(extra);
    return new BackendSettings(server.url("/").toString(), null, options, env::get);
  }

  protected Translator translator(Map<String, String> extra) throws BackendUnavailableException {
    Translator translator = provider().create(settings(extra));
    assertFalse(translator.toString().contains(Fixtures.KEY));
    return translator;
  }

  protected Translator translator() throws BackendUnavailableException {
    return translator(Map.of());
  }

  protected RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    if (request == null) throw new AssertionError("no request reached the server");
    return request;
  }

  protected static JsonNode json(String text) throws IOException {
    return Json.MAPPER.readTree(text);
  }

  protected static JsonNode bodyOf(RecordedRequest request) throws IOException {
    return json(request.getBody().readUtf8());
  }

  protected <E extends BackendException> E failsWith(Class<E> type, MockResponse response) throws Exception {
    return failsWith(type, response, Fixtures.batch());
  }

  protected <E extends BackendException> E failsWith(Class<E> type, MockResponse response, List<TranslationItem> batch)
      throws Exception {
    server.enqueue(response);
    try (Translator translator = translator()) {
      BackendException e = assertThrows(BackendException.class, () -> translator.translate(batch));
      Fixtures.assertNoSecret(e);
      assertEquals(provider().name(), e.backend());
      return assertInstanceOf(type, e, () -> "got " + e);
    }
  }

  @Test
  void batchAtEachLimitFitsAndOneMoreIsSplit() throws Exception {
    try (Translator translator = translator()) {
      BatchLimitsCheck.assertSplitsAtEachLimit(translator.limits());
      assertEquals(Optional.of(translator.limits()), provider().limits(settings(Map.of())));
    }
  }

  @Test
  void limitsCanBeOverriddenByOptions() throws Exception {
    try (Translator translator = translator(Map.of("max-items", "7", "max-item-chars", "300"))) {
      assertEquals(7, translator.limits().maxItems());
      assertEquals(300, translator.limits().maxItemChars());
    }
  }

  @Test
  void returnsOneTranslationPerItemInOrder() throws Exception {
    server.enqueue(success(Fixtures.english()));
    try (Translator translator = translator()) {
      assertEquals(Fixtures.english(), translator.translate(Fixtures.batch()));
    }
    assertTrue(taken().getHeader("User-Agent").startsWith("tarjama/"));
  }

  @Test
  void singleItemBatchWorks() throws Exception {
    server.enqueue(success(List.of(Fixtures.EN3)));
    try (Translator translator = translator()) {
      assertEquals(List.of(Fixtures.EN3), translator.translate(List.of(new TranslationItem("000:p2s1", Fixtures.AR3))));
    }
  }

  @Test
  void tooManyRequestsWithoutRetryAfterIsRateLimitedWithNoDelay() throws Exception {
    BackendException.RateLimited e = failsWith(BackendException.RateLimited.class, tooManyRequests());
    assertEquals(Optional.empty(), e.retryAfter());
    assertTrue(e.getMessage().contains("HTTP 429"), e.getMessage());
  }

  @Test
  void tooManyRequestsWithRetryAfterSecondsCarriesTheDelay() throws Exception {
    BackendException.RateLimited e = failsWith(BackendException.RateLimited.class,
        tooManyRequests().setHeader("Retry-After", "7"));
    assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
  }

  @Test
  void tooManyRequestsWithRetryAfterDateCarriesTheDelay() throws Exception {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
    BackendException.RateLimited e = failsWith(BackendException.RateLimited.class,
        tooManyRequests().setHeader("Retry-After", date));
    Duration wait = e.retryAfter().orElseThrow();
    assertTrue(wait.compareTo(Duration.ofSeconds(100)) > 0 && wait.compareTo(Duration.ofSeconds(121)) <= 0,
        "about two minutes: " + wait);
  }

  /** The vendor's 429; subclasses give its body shape. */
  protected MockResponse tooManyRequests() {
    return new MockResponse().setResponseCode(429).setBody("{\"error\":{\"message\":\"Too many requests\"}}");
  }

  @Test
  void quotaExhaustedIsPermanentAndStopsTheBackend() throws Exception {
    assertTrue(failsWith(BackendException.Permanent.class, quotaExhausted()).stopsBackend());
  }

  @Test
  void rejectedKeyIsPermanentAndStopsTheBackendWithoutShowingTheKey() throws Exception {
    BackendException.Permanent e = failsWith(BackendException.Permanent.class, rejectedKey());
    assertTrue(e.stopsBackend());
  }

  @Test
  void badRequestIsPermanentForThisRequestOnly() throws Exception {
    BackendException.Permanent e = failsWith(BackendException.Permanent.class,
        new MockResponse().setResponseCode(400).setBody("{\"error\":{\"message\":\"Invalid request\"}}"));
    assertFalse(e.stopsBackend());
  }

  @Test
  void serverErrorsAreTransient() throws Exception {
    failsWith(BackendException.Transient.class, new MockResponse().setResponseCode(500).setBody("{}"));
    failsWith(BackendException.Transient.class, new MockResponse().setResponseCode(503).setBody("busy"));
  }

  @Test
  void malformedJsonIsAMalformedReply() throws Exception {
    BackendException.MalformedReply e = failsWith(BackendException.MalformedReply.class,
        new MockResponse().setBody("<html><body>Bad gateway, but 200</body></html>"));
    assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
  }

  @Test
  void oneTranslationTooFewIsAMalformedReply() throws Exception {
    failsWith(BackendException.MalformedReply.class, success(List.of(Fixtures.EN1, Fixtures.EN2)));
  }

  @Test
  void oneTranslationTooManyIsAMalformedReply() throws Exception {
    failsWith(BackendException.MalformedReply.class, success(List.of(Fixtures.EN1, Fixtures.EN2, Fixtures.EN3, "Extra")));
  }

  @Test
  void slowServerTimesOutAsTransient() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    try (Translator translator = translator(Map.of("timeout", "0.2"))) {
      BackendException e = assertThrows(BackendException.class, () -> translator.translate(Fixtures.batch()));
      assertInstanceOf(BackendException.Transient.class, e);
      assertTrue(e.getMessage().contains("in time"), e.getMessage());
      Fixtures.assertNoSecret(e);
    }
  }

  @Test
  void droppedConnectionIsTransient() throws Exception {
    failsWith(BackendException.Transient.class,
        new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
  }
}

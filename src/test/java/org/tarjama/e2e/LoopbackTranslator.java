package org.tarjama.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslationItem;

/**
 * A small client for LibreTranslate's batch wire shape, for tests and benchmarks against {@link FakeLibreServer}:
 * 429 (with Retry-After seconds or retry-after-ms) is rate-limited, 5xx and I/O errors are transient, other
 * statuses permanent, and a body that does not parse or has the wrong count is a malformed reply.
 */
public final class LoopbackTranslator implements Translator {

  public static final String NAME = "loopback";
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String endpoint;
  private final int batchLimit;
  private final OkHttpClient http;

  public LoopbackTranslator(String endpoint, int batchLimit, int connections) {
    this.endpoint = endpoint;
    this.batchLimit = batchLimit;
    this.http = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(connections * 2, 1, TimeUnit.MINUTES))
        .readTimeout(Duration.ofSeconds(60))
        // the engine retries; OkHttp must not resend a request on its own
        .retryOnConnectionFailure(false)
        .build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String model() {
    return "fake-libre-1";
  }

  @Override
  public BatchLimits limits() {
    return batchLimit > 0 ? BatchLimits.items(batchLimit) : BatchLimits.unlimited();
  }

  @Override
  public List<String> translate(List<TranslationItem> batch) throws BackendException {
    ObjectNode body = JSON.createObjectNode();
    batch.forEach(item -> body.withArray("q").add(item.text()));
    body.put("source", "ar").put("target", "en").put("format", "text");
    Request request;
    try {
      request = new Request.Builder().url(endpoint + "/translate")
          .post(RequestBody.create(JSON.writeValueAsBytes(body), JSON_TYPE)).build();
    } catch (IOException e) {
      throw new BackendException.Permanent(NAME, "cannot encode request: " + e.getMessage(), false);
    }
    try (Response response = http.newCall(request).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      if (response.code() == 429) throw new BackendException.RateLimited(NAME, "HTTP 429 " + text, retryAfter(response));
      if (response.code() >= 500) throw new BackendException.Transient(NAME, "HTTP " + response.code() + " " + text);
      if (!response.isSuccessful()) throw new BackendException.Permanent(NAME, "HTTP " + response.code() + " " + text, false);
      return translations(text, batch.size());
    } catch (IOException e) {
      throw new BackendException.Transient(NAME, "connection failed: " + e.getMessage(), e);
    }
  }

  private static List<String> translations(String text, int expected) throws BackendException.MalformedReply {
    JsonNode translated;
    try {
      translated = JSON.readTree(text).path("translatedText");
    } catch (IOException e) {
      throw new BackendException.MalformedReply(NAME, "reply is not JSON", e);
    }
    if (!translated.isArray() || translated.size() != expected) {
      throw new BackendException.MalformedReply(NAME, "expected " + expected + " translations, got " + translated.size());
    }
    List<String> out = new ArrayList<>(expected);
    translated.forEach(t -> out.add(t.asText()));
    return out;
  }

  private static Duration retryAfter(Response response) {
    String ms = response.header("retry-after-ms");
    if (ms != null) return Duration.ofMillis(Long.parseLong(ms.trim()));
    String seconds = response.header("Retry-After");
    return seconds == null ? null : Duration.ofSeconds(Long.parseLong(seconds.trim()));
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}

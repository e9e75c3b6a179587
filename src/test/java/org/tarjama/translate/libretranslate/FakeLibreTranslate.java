package org.tarjama.translate.libretranslate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.http.Json;
import org.tarjama.translate.pseudo.PseudoTranslator;

/**
 * A loopback server that speaks LibreTranslate's API, for tests anywhere in the project: {@code POST /translate}
 * with a JSON body whose {@code q} is a string or an array, {@code GET /languages}, {@code GET /health} and
 * {@code GET /frontend/settings}. Translations are deterministic ({@link #translationOf}); an optional API key,
 * batch limit and per-item character limit behave like the server's {@code --api-keys}, {@code --batch-limit}
 * and {@code --char-limit}. It records every text it was asked to translate.
 */
public final class FakeLibreTranslate implements AutoCloseable {

  private final MockWebServer server = new MockWebServer();
  private final @Nullable String apiKey;
  private final int batchLimit;
  private final int charLimit;
  private final List<List<String>> requests = new ArrayList<>();

  private FakeLibreTranslate(@Nullable String apiKey, int batchLimit, int charLimit) throws IOException {
    this.apiKey = apiKey;
    this.batchLimit = batchLimit;
    this.charLimit = charLimit;
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
    server.start();
  }

  /** An open server: no key, no limits. */
  public static FakeLibreTranslate start() throws IOException {
    return new FakeLibreTranslate(null, -1, -1);
  }

  /** A server that needs {@code apiKey} and caps the batch size and the characters per text (-1: no cap). */
  public static FakeLibreTranslate start(@Nullable String apiKey, int batchLimit, int charLimit) throws IOException {
    return new FakeLibreTranslate(apiKey, batchLimit, charLimit);
  }

  /** The base URL, e.g. {@code http://127.0.0.1:40123}, to pass as {@code --endpoint}. */
  public String url() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  public int port() {
    return server.getPort();
  }

  /** What the server answers for {@code arabic}: Latin-letter transliteration, so it holds no Arabic script. */
  public static String translationOf(String arabic) {
    return "EN " + PseudoTranslator.forward(arabic).substring(PseudoTranslator.PREFIX.length());
  }

  /** The {@code q} lists received by {@code POST /translate}, in order. */
  public synchronized List<List<String>> requests() {
    return List.copyOf(requests);
  }

  private MockResponse answer(RecordedRequest request) {
    String path = request.getRequestUrl() == null ? "" : request.getRequestUrl().encodedPath();
    return switch (request.getMethod() + " " + path) {
      case "GET /languages" -> json(200, "[{\"code\":\"ar\",\"name\":\"Arabic\",\"targets\":[\"en\"]},"
          + "{\"code\":\"en\",\"name\":\"English\",\"targets\":[\"ar\"]}]");
      case "GET /health" -> json(200, "{\"status\":\"ok\"}");
      case "GET /frontend/settings" -> json(200, "{\"charLimit\":" + charLimit + ",\"keyRequired\":" + (apiKey != null)
          + ",\"apiKeys\":" + (apiKey != null) + "}");
      case "POST /translate" -> translate(request);
      default -> json(404, "{\"error\":\"Not Found\"}");
    };
  }

  private MockResponse translate(RecordedRequest request) {
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(request.getBody().readUtf8());
    } catch (IOException e) {
      return error(400, "Invalid request: cannot parse JSON");
    }
    if (apiKey != null && !apiKey.equals(body.path("api_key").asText(null))) {
      return body.has("api_key") ? error(403, "Invalid API key") : error(400, "Please contact the server operator to get an API key");
    }
    JsonNode q = body.path("q");
    if (q.isMissingNode() || (q.isArray() && q.isEmpty())) return error(400, "Invalid request: missing q parameter");
    if (!"ar".equals(body.path("source").asText()) && !"auto".equals(body.path("source").asText())) {
      return error(400, body.path("source").asText() + " is not supported");
    }
    List<String> texts = new ArrayList<>();
    if (q.isArray()) q.forEach(t -> texts.add(t.asText())); else texts.add(q.asText());
    if (batchLimit > 0 && texts.size() > batchLimit) {
      return error(400, "Invalid request: request (" + texts.size() + ") exceeds text limit (" + batchLimit + ")");
    }
    for (String text : texts) {
      if (charLimit > 0 && text.codePointCount(0, text.length()) > charLimit) {
        return error(400, "Invalid request: request (" + text.length() + ") exceeds text limit (" + charLimit + ")");
      }
    }
    synchronized (this) {
      requests.add(List.copyOf(texts));
    }
    ObjectNode reply = Json.object();
    if (q.isArray()) {
      ArrayNode out = reply.putArray("translatedText");
      texts.forEach(t -> out.add(translationOf(t)));
    } else {
      reply.put("translatedText", translationOf(texts.get(0)));
    }
    return json(200, reply.toString());
  }

  private static MockResponse error(int status, String message) {
    return json(status, Json.object().put("error", message).toString());
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}

package org.tarjama.translate.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;

/**
 * Posts JSON to one backend and returns the parsed reply, or throws the {@link BackendException} the failure
 * means: a timeout or dropped connection is transient, an error status goes through the backend's
 * {@link ErrorMapping} and then {@link HttpFailure#standard}, an unparseable reply is malformed. Every message
 * is scrubbed of the backend's secrets and names the URL without its query.
 */
public final class JsonApi {

  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  /** Error bodies longer than this are cut: only their start is ever shown. */
  private static final long ERROR_BODY_LIMIT = 64 * 1024;

  private final String backend;
  private final OkHttpClient client;
  private final Secrets secrets;
  private final ErrorMapping mapping;
  private final String keyHint;

  /**
   * @param keyHint what to check when credentials are rejected, e.g. "check DEEPL_AUTH_KEY"
   */
  public JsonApi(String backend, OkHttpClient client, Secrets secrets, ErrorMapping mapping, String keyHint) {
    this.backend = backend;
    this.client = client;
    this.secrets = secrets;
    this.mapping = mapping;
    this.keyHint = keyHint;
  }

  /**
   * The API client a provider builds for {@code backend}: its own OkHttp client with the {@code timeout} option
   * (else {@code defaultTimeout}) and {@code auth} interceptors, and the secrets of {@code settings} to scrub.
   */
  public static JsonApi create(String backend, BackendSettings settings, Duration defaultTimeout, List<Interceptor> auth,
                               ErrorMapping mapping, String keyHint) throws BackendUnavailableException {
    boolean local = settings.endpointOpt().map(Transport::isPlainLoopback).orElse(false);
    return new JsonApi(backend, Transport.client(backend, Options.timeout(backend, settings, defaultTimeout), auth, local),
        Secrets.from(settings), mapping, keyHint);
  }

  public JsonNode post(HttpUrl url, JsonNode body) throws BackendException {
    return post(url, body, Headers.of());
  }

  /** Sends {@code body} as UTF-8 JSON with the extra (non-secret) {@code headers}; returns the JSON reply. */
  public JsonNode post(HttpUrl url, JsonNode body, Headers headers) throws BackendException {
    byte[] bytes;
    try {
      bytes = Json.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
    Request request = new Request.Builder().url(url).headers(headers).post(RequestBody.create(bytes, JSON)).build();
    return send(request);
  }

  /** A GET returning JSON, for probes and listings. */
  public JsonNode get(HttpUrl url) throws BackendException {
    return send(new Request.Builder().url(url).get().build());
  }

  private JsonNode send(Request request) throws BackendException {
    String where = where(request.url());
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        throw failure(response, where, body == null ? "" : secrets.redact(errorText(body)));
      }
      // a reply is scrubbed whole, so a secret it echoes reaches neither messages nor output files
      String text = body == null ? "" : secrets.redact(body.string());
      if (text.isBlank()) throw malformed(where, text);
      try {
        return Json.MAPPER.readTree(text);
      } catch (JsonProcessingException e) {
        throw malformed(where, text);
      }
    } catch (ConnectException | NoRouteToHostException | UnknownHostException e) {
      throw unreachable(request.url(), e);
    } catch (InterruptedIOException e) {
      throw BackendException.Transient.noReply(backend, "no reply from " + where + " in time (" + describe(e)
          + "); raise the timeout option if the server is just slow");
    } catch (IOException e) {
      throw new BackendException.Transient(backend, "request to " + where + " failed: " + describe(e));
    }
  }

  /** Nothing listens at the address: say which, and what to start or set. */
  private BackendException.Unreachable unreachable(HttpUrl url, IOException e) {
    String address = url.scheme() + "://" + url.host() + ":" + url.port();
    String why = e instanceof UnknownHostException ? "unknown host"
        : e instanceof NoRouteToHostException ? "no route to host" : "connection refused";
    String todo = isLocal(url.host()) ? "start the " + backend + " server there, or pass --endpoint with its address"
        : "check the address and the network, or pass --endpoint";
    return new BackendException.Unreachable(backend, address, "nothing answers at " + address + " (" + why + "): " + todo, e);
  }

  /** Whether {@code host} is this machine or a private network, where the user runs the server themselves. */
  private static boolean isLocal(String host) {
    if (host.equals("localhost")) return true;
    InetAddress address = Transport.literalAddress(host);
    return address != null && (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress());
  }

  private static String errorText(ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    source.request(ERROR_BODY_LIMIT);
    return source.getBuffer().readString(Math.min(ERROR_BODY_LIMIT, source.getBuffer().size()), StandardCharsets.UTF_8);
  }

  private BackendException.MalformedReply malformed(String where, String text) {
    return new BackendException.MalformedReply(backend, "reply from " + where + " is not JSON: " + start(text));
  }

  private BackendException failure(Response response, String where, String text) {
    JsonNode parsed;
    try {
      parsed = text.isBlank() ? MissingNode.getInstance() : Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      parsed = MissingNode.getInstance();
    }
    String should = response.header("x-should-retry");
    @Nullable Boolean shouldRetry = should == null ? null
        : switch (should.strip().toLowerCase(Locale.ROOT)) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          default -> null;
        };
    HttpFailure failure = new HttpFailure(backend, where, response.code(), parsed, text,
        RetryAfter.parse(response.headers(), Instant.now()).orElse(null), shouldRetry);
    BackendException special = mapping.map(failure);
    return special != null ? special : failure.standard(keyHint);
  }

  private String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " " + secrets.redact(message));
  }

  /** The URL without its query, where credentials may sit. */
  static String where(HttpUrl url) {
    return url.newBuilder().query(null).build().toString();
  }

  private static String start(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.isEmpty() ? "(empty body)" : oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
  }
}

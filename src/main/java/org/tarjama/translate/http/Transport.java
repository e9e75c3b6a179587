package org.tarjama.translate.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Builds each backend's OkHttp client from one shared client, so all backends share one connection pool and
 * thread pool. The interceptors carry transport concerns only, outermost first: user agent, wire log, auth.
 */
public final class Transport {

  private static final Duration CONNECT = Duration.ofSeconds(10);
  private static final Pattern LITERAL_ADDRESS = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:]+]?");
  /** OkHttp's own default: modern TLS for https, plain for http. */
  private static final List<ConnectionSpec> WITH_TLS = List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT);
  private static final OkHttpClient SHARED = new OkHttpClient.Builder()
      // a failed POST is reported, never silently re-sent: the engine decides about retries
      .retryOnConnectionFailure(false)
      // OkHttp keeps 5 idle connections by default: above --concurrency 5 a connection would be opened per request
      .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
      // TLS is set up per client, only where it may be used: loading the JDK's trust store takes 0.15 s of a start
      .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
      .build();

  private Transport() {
  }

  /** Whether {@code endpoint} is plain http to this machine (127.0.0.0/8, ::1 or localhost). */
  public static boolean isPlainLoopback(String endpoint) {
    HttpUrl url = HttpUrl.parse(endpoint.strip());
    if (url == null || url.isHttps()) return false;
    InetAddress address = literalAddress(url.host());
    return url.host().equals("localhost") || address != null && address.isLoopbackAddress();
  }

  /** The address {@code host} writes out literally (an IPv4 or IPv6 address), or null for a name, never resolved. */
  static @Nullable InetAddress literalAddress(String host) {
    if (!LITERAL_ADDRESS.matcher(host).matches()) return null;
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** A client for {@code backend} whose calls give up after {@code timeout}, with its auth interceptors. */
  public static OkHttpClient client(String backend, Duration timeout, List<Interceptor> auth) {
    return client(backend, timeout, auth, false);
  }

  /**
   * As {@link #client(String, Duration, List)}; {@code plainLoopbackOnly} for a server on this machine reached over
   * plain http, which needs no TLS (an https redirect from it fails, naming the protocol).
   */
  public static OkHttpClient client(String backend, Duration timeout, List<Interceptor> auth, boolean plainLoopbackOnly) {
    OkHttpClient.Builder builder = SHARED.newBuilder()
        .connectionSpecs(plainLoopbackOnly ? List.of(ConnectionSpec.CLEARTEXT) : WITH_TLS)
        .connectTimeout(timeout.compareTo(CONNECT) < 0 ? timeout : CONNECT)
        .readTimeout(timeout)
        .writeTimeout(timeout)
        .callTimeout(timeout)
        .addInterceptor(new UserAgent())
        // before auth, so the log never sees credentials
        .addInterceptor(new WireLog(backend));
    auth.forEach(builder::addInterceptor);
    return builder.build();
  }
}

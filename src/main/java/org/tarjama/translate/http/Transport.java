package org.tarjama.translate.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Builds each backend's OkHttp client from one shared client, so all backends share one connection pool and
 * thread pool. The interceptors carry transport concerns only, outermost first: user agent, wire log, auth.
 */
public final class Transport {

  private static final Duration CONNECT = Duration.ofSeconds(10);
  private static final OkHttpClient SHARED = new OkHttpClient.Builder()
      // a failed POST is reported, never silently re-sent: the engine decides about retries
      .retryOnConnectionFailure(false)
      // OkHttp keeps 5 idle connections by default: above --concurrency 5 a connection would be opened per request
      .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
      .build();

  private Transport() {
  }

  /** A client for {@code backend} whose calls give up after {@code timeout}, with its auth interceptors. */
  public static OkHttpClient client(String backend, Duration timeout, List<Interceptor> auth) {
    OkHttpClient.Builder builder = SHARED.newBuilder()
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

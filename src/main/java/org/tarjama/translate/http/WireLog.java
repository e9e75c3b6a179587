package org.tarjama.translate.http;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs each exchange at DEBUG: method, URL, status, time. It sits before the auth interceptors, never logs
 * headers or bodies, and masks query parameters that carry credentials.
 */
final class WireLog implements Interceptor {

  static final String LOGGER = "org.tarjama.translate.http";
  private static final System.Logger LOG = System.getLogger(LOGGER);
  private static final Set<String> SECRET_PARAMETERS = Set.of("key", "api_key", "auth_key", "token", "access_token");

  private final String backend;

  WireLog(String backend) {
    this.backend = backend;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      LOG.log(Level.DEBUG, () -> backend + ": " + request.method() + " " + shown(request.url()) + " -> "
          + response.code() + " in " + millis(start) + " ms");
      return response;
    } catch (IOException e) {
      LOG.log(Level.DEBUG, () -> backend + ": " + request.method() + " " + shown(request.url()) + " failed after "
          + millis(start) + " ms: " + e.getClass().getSimpleName());
      throw e;
    }
  }

  static String shown(HttpUrl url) {
    HttpUrl.Builder masked = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      masked.addQueryParameter(name, SECRET_PARAMETERS.contains(name) ? "***" : url.queryParameterValue(i));
    }
    return masked.build().toString();
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}

package org.tarjama.translate.http;

import java.io.IOException;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds a backend's credential headers to every request; its {@code toString} names the headers, never their values. */
public final class AuthHeaders implements Interceptor {

  private final Headers headers;

  public AuthHeaders(Map<String, String> headers) {
    this.headers = Headers.of(headers);
  }

  public static AuthHeaders of(String name, String value) {
    return new AuthHeaders(Map.of(name, value));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().headers(
        chain.request().headers().newBuilder().addAll(headers).build()).build());
  }

  @Override
  public String toString() {
    return "AuthHeaders" + headers.names();
  }
}

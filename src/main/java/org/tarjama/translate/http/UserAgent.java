package org.tarjama.translate.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Names tarjama and its version in every request, as API providers ask clients to. */
public final class UserAgent implements Interceptor {

  public static final String VALUE = "tarjama/" + version();

  private static String version() {
    String v = UserAgent.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("User-Agent", VALUE).build());
  }
}

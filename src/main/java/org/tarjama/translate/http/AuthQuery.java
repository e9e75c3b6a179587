package org.tarjama.translate.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds a credential query parameter (Google's {@code ?key=}) to every request, so URLs built elsewhere never hold it. */
public final class AuthQuery implements Interceptor {

  private final String name;
  private final String value;

  public AuthQuery(String name, String value) {
    this.name = name;
    this.value = value;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder()
        .url(chain.request().url().newBuilder().setQueryParameter(name, value).build()).build());
  }

  @Override
  public String toString() {
    return "AuthQuery[" + name + "]";
  }
}

package org.tarjama.translate.http;

import org.jspecify.annotations.Nullable;
import org.tarjama.translate.BackendException;

/** A backend's own reading of an error response (quota codes and the like); null falls back to the standard one. */
@FunctionalInterface
public interface ErrorMapping {

  ErrorMapping NONE = failure -> null;

  @Nullable BackendException map(HttpFailure failure);
}

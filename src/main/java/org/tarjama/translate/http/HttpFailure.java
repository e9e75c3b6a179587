package org.tarjama.translate.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.BackendException;

/**
 * An error response: status, what the server said (already scrubbed of secrets), and the retry hints in its
 * headers. {@link #standard(String)} maps it the way every vendor documents; backends handle their own
 * special cases (quota codes) first through an {@link ErrorMapping}.
 */
public record HttpFailure(String backend, String where, int status, JsonNode body, String text,
                          @Nullable Duration retryAfter, @Nullable Boolean shouldRetry) {

  private static final int SHOWN = 300;

  public HttpFailure {
    if (body == null) body = MissingNode.getInstance();
  }

  /** The server's own message, from the error shapes the vendors use, or the start of the body. */
  public String serverMessage() {
    for (String path : new String[] {"/error/message", "/error", "/message", "/detail"}) {
      String found = Json.text(body, path);
      if (!found.isBlank()) return shorten(found);
    }
    // a JSON body without a message says nothing more than the status
    return body.isContainerNode() ? "" : shorten(text.strip());
  }

  /** The machine-readable error code, type or status, as text; empty when none. */
  public String code(String path) {
    return Json.text(body, path);
  }

  /** Whether any {@code errors[].reason} (Google's shape) equals {@code reason}. */
  public boolean hasReason(String reason) {
    for (JsonNode error : body.at("/error/errors")) {
      if (reason.equals(error.path("reason").asText())) return true;
    }
    return false;
  }

  public Optional<Duration> retryAfterOpt() {
    return Optional.ofNullable(retryAfter);
  }

  public String describe(String hint) {
    String said = serverMessage();
    return "HTTP " + status + " from " + where + (said.isEmpty() ? "" : ": " + said) + (hint.isEmpty() ? "" : " (" + hint + ")");
  }

  public BackendException.RateLimited rateLimited(String hint) {
    return new BackendException.RateLimited(backend, describe(hint), retryAfter);
  }

  public BackendException.Transient transientFault(String hint) {
    return new BackendException.Transient(backend, describe(hint));
  }

  public BackendException.Permanent permanent(String hint, boolean stopsBackend) {
    return new BackendException.Permanent(backend, describe(hint), stopsBackend);
  }

  /** The server refused the request as too large and said no more: the engine halves it. */
  public BackendException.BatchTooLarge tooLarge(String hint) {
    return new BackendException.BatchTooLarge(backend, describe(hint));
  }

  /**
   * The documented meaning of the status: 413 a request too large (split, never permanent), 429/529 rate limited, 408 and 5xx passing, 401/403 a rejected key
   * and 404 a wrong endpoint or model (both stop the backend), any other 4xx this request only. An {@code x-should-retry} header overrides it.
   */
  public BackendException standard(String keyHint) {
    BackendException mapped;
    if (status == 413) {
      mapped = tooLarge("");
    } else if (status == 429 || status == 529) {
      mapped = rateLimited("");
    } else if (status == 503 && retryAfter != null) {
      mapped = rateLimited("");
    } else if (status == 408 || status >= 500) {
      mapped = transientFault("");
    } else if (status == 401 || status == 403) {
      mapped = permanent("credentials rejected; " + keyHint, true);
    } else if (status == 404) {
      mapped = permanent("nothing answers at this address; check the endpoint and model", true);
    } else {
      mapped = permanent("", false);
    }
    if (Boolean.FALSE.equals(shouldRetry) && !(mapped instanceof BackendException.Permanent)) {
      return permanent("server says not to retry", false);
    }
    if (Boolean.TRUE.equals(shouldRetry) && mapped instanceof BackendException.Permanent) {
      return transientFault("server says to retry");
    }
    return mapped;
  }

  private static String shorten(String s) {
    String oneLine = s.replaceAll("\\s+", " ");
    return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "…";
  }
}

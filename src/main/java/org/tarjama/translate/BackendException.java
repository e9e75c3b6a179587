package org.tarjama.translate;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why a backend could not translate a batch. The retry stage decides by type, never by message:
 * {@link Transient} and {@link RateLimited} are retried, {@link MalformedReply} is split into smaller
 * batches and retried, {@link Permanent} is not retried. Messages must never contain secrets.
 */
public abstract sealed class BackendException extends Exception
    permits BackendException.Transient, BackendException.RateLimited, BackendException.Permanent,
    BackendException.MalformedReply {

  private final String backend;

  BackendException(String backend, String message, @Nullable Throwable cause) {
    super(backend + ": " + message, cause);
    this.backend = backend;
  }

  public String backend() {
    return backend;
  }

  /** A passing fault (5xx, timeout, dropped connection): retry with backoff. */
  public static final class Transient extends BackendException {
    public Transient(String backend, String message, @Nullable Throwable cause) {
      super(backend, message, cause);
    }

    public Transient(String backend, String message) {
      this(backend, message, null);
    }
  }

  /** The backend asked us to slow down; {@code retryAfter} is its requested delay when it sent one. */
  public static final class RateLimited extends BackendException {
    private final @Nullable Duration retryAfter;

    public RateLimited(String backend, String message, @Nullable Duration retryAfter) {
      super(backend, message, null);
      this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
      return Optional.ofNullable(retryAfter);
    }
  }

  /**
   * Retrying will not help. {@code stopsBackend} is true when no later request can succeed either
   * (quota used up, key rejected): the engine then stops sending to this backend.
   */
  public static final class Permanent extends BackendException {
    private final boolean stopsBackend;

    public Permanent(String backend, String message, boolean stopsBackend) {
      super(backend, message, null);
      this.stopsBackend = stopsBackend;
    }

    public boolean stopsBackend() {
      return stopsBackend;
    }
  }

  /** The reply does not match the request (unparseable, wrong item count, ids merged or dropped): split and retry. */
  public static final class MalformedReply extends BackendException {
    public MalformedReply(String backend, String message, @Nullable Throwable cause) {
      super(backend, message, cause);
    }

    public MalformedReply(String backend, String message) {
      this(backend, message, null);
    }
  }
}

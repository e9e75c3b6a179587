package org.tarjama.translate;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Why a backend could not translate a batch. The retry stage decides by type, never by message:
 * {@link Transient} and {@link RateLimited} are retried, {@link MalformedReply} is split into smaller
 * batches and retried, {@link Permanent} is not retried, {@link BatchTooLarge} lowers the run's batch limits and is
 * split to fit, {@link Unreachable} ends a run that never reached the backend and is waited out in one that did.
 * Messages must never contain secrets.
 */
public abstract sealed class BackendException extends Exception
    permits BackendException.Transient, BackendException.RateLimited, BackendException.Permanent,
    BackendException.MalformedReply, BackendException.BatchTooLarge, BackendException.Unreachable {

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
    private final boolean noReply;

    public Transient(String backend, String message, @Nullable Throwable cause) {
      this(backend, message, cause, false);
    }

    public Transient(String backend, String message) {
      this(backend, message, null);
    }

    private Transient(String backend, String message, @Nullable Throwable cause, boolean noReply) {
      super(backend, message, cause);
      this.noReply = noReply;
    }

    /** The request got no reply in time: the server took it and said nothing, or is too slow for the timeout. */
    public static Transient noReply(String backend, String message) {
      return new Transient(backend, message, null, true);
    }

    public boolean noReply() {
      return noReply;
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

  /**
   * The server refused the request as too large (LibreTranslate's "request (N) exceeds text limit (M)", a 413).
   * When the server said what it counts and how much it accepts, {@link #measure()} and {@link #limit()} hold it;
   * when it said the two numbers only, {@link #counted()} lets the engine find what was counted from the batch.
   */
  public static final class BatchTooLarge extends BackendException {

    /** What a batch limit counts, by the option that sets it. */
    public enum Measure {
      ITEMS("max-items"), CHARS("max-chars"), BYTES("max-bytes"), ITEM_CHARS("max-item-chars");

      private final String option;

      Measure(String option) {
        this.option = option;
      }

      /** The backend option that sets this limit, e.g. {@code max-items}. */
      public String option() {
        return option;
      }
    }

    private final @Nullable Measure measure;
    private final int counted;
    private final int limit;

    /** Too large, and the server said no more (a bare 413). */
    public BatchTooLarge(String backend, String message) {
      this(backend, message, null, -1, -1);
    }

    /** Too large: the server counted {@code counted} (-1: not said) of {@code measure} (null: not said) and accepts {@code limit} (-1: not said). */
    public BatchTooLarge(String backend, String message, @Nullable Measure measure, int counted, int limit) {
      super(backend, message, null);
      this.measure = measure;
      this.counted = counted;
      this.limit = limit;
    }

    public Optional<Measure> measure() {
      return Optional.ofNullable(measure);
    }

    public OptionalInt counted() {
      return counted < 0 ? OptionalInt.empty() : OptionalInt.of(counted);
    }

    public OptionalInt limit() {
      return limit < 1 ? OptionalInt.empty() : OptionalInt.of(limit);
    }
  }

  /**
   * Nothing answers at the backend's address (connection refused, unknown host, no route): {@link #address()} is
   * the scheme, host and port, and the message says what to start or set.
   */
  public static final class Unreachable extends BackendException {
    private final String address;

    public Unreachable(String backend, String address, String message, @Nullable Throwable cause) {
      super(backend, message, cause);
      this.address = address;
    }

    public String address() {
      return address;
    }
  }
}

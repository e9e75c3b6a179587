package org.tarjama.translate.engine;

import java.time.Duration;

/**
 * When to stop hammering a failing backend: after {@code failuresToOpen} transient failures in a row, send
 * nothing for {@code openFor} (doubling each time up to {@code maxOpenFor}), then let one probe through; after
 * {@code opensBeforeStop} openings with no success between them, stop the backend for the rest of the run. A
 * backend that answered earlier in the run and then cannot be reached at all is waited for up to
 * {@code waitForBackend} ({@code --wait-for-backend}).
 */
public record BreakerPolicy(int failuresToOpen, Duration openFor, Duration maxOpenFor, int opensBeforeStop,
                            Duration waitForBackend) {

  public static final Duration DEFAULT_WAIT_FOR_BACKEND = Duration.ofMinutes(5);

  public BreakerPolicy(int failuresToOpen, Duration openFor, Duration maxOpenFor, int opensBeforeStop) {
    this(failuresToOpen, openFor, maxOpenFor, opensBeforeStop, DEFAULT_WAIT_FOR_BACKEND);
  }

  public BreakerPolicy {
    if (failuresToOpen < 1 || opensBeforeStop < 1) throw new IllegalArgumentException("breaker counts must be at least 1");
    if (openFor.isNegative() || maxOpenFor.compareTo(openFor) < 0) {
      throw new IllegalArgumentException("breaker pauses must satisfy 0 <= openFor <= maxOpenFor");
    }
    if (waitForBackend.isNegative()) throw new IllegalArgumentException("--wait-for-backend must not be negative");
  }

  public BreakerPolicy withWaitForBackend(Duration wait) {
    return new BreakerPolicy(failuresToOpen, openFor, maxOpenFor, opensBeforeStop, wait);
  }

  public static BreakerPolicy defaults() {
    return new BreakerPolicy(5, Duration.ofSeconds(5), Duration.ofMinutes(2), 8);
  }

  Duration pause(int opening) {
    long nanos = openFor.toNanos() << Math.min(opening - 1, 20);
    return Duration.ofNanos(Math.min(maxOpenFor.toNanos(), nanos < 0 ? Long.MAX_VALUE : nanos));
  }
}

package org.tarjama.translate.engine;

import java.time.Duration;

/**
 * How hard to try: attempts per batch, exponential backoff with full jitter between {@code baseDelay} and
 * {@code maxDelay}, how long one call may take, how long a batch may take in all (waits included), and how
 * many times a single segment is re-asked after a malformed reply.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration requestTimeout,
                          Duration giveUpAfter, int malformedAttempts) {

  public RetryPolicy {
    if (maxAttempts < 1 || malformedAttempts < 1) throw new IllegalArgumentException("attempts must be at least 1");
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("backoff delays must satisfy 0 <= base <= max");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) throw new IllegalArgumentException("request timeout must be positive");
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(60),
        Duration.ofMinutes(15), 2);
  }

  public RetryPolicy withRequestTimeout(Duration timeout) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, timeout, giveUpAfter, malformedAttempts);
  }

  /** The ceiling of the random wait before attempt {@code attempt + 1}: base × 2^(attempt-1), at most max. */
  Duration backoffCeiling(int attempt) {
    long base = baseDelay.toNanos();
    long ceiling = attempt >= 62 ? Long.MAX_VALUE : base << Math.min(attempt - 1, 40);
    return Duration.ofNanos(Math.min(maxDelay.toNanos(), ceiling < 0 ? Long.MAX_VALUE : ceiling));
  }
}

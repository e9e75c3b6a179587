package org.tarjama.translate.engine;

/**
 * A token bucket that hands out reservations: taking more tokens than it holds leaves it in debt and tells the
 * caller how long to wait, so concurrent callers queue fairly without holding a lock while they sleep.
 */
final class TokenBucket {

  private final double capacity;
  private final double perNano;
  private double tokens;
  private long last;

  /** A full bucket of {@code capacity} tokens refilled at {@code perSecond}. */
  TokenBucket(double capacity, double perSecond, long now) {
    this.capacity = capacity;
    this.perNano = perSecond / 1e9;
    this.tokens = capacity;
    this.last = now;
  }

  /** Takes {@code n} tokens (at most the capacity) and returns the nanoseconds to wait before using them. */
  synchronized long reserve(double n, long now) {
    tokens = Math.min(capacity, tokens + (now - last) * perNano);
    last = now;
    tokens -= Math.min(n, capacity);
    return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
  }
}

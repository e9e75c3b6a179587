package org.tarjama.translate.engine;

/**
 * Paces reservations to a rate with no burst (the generic cell rate algorithm with no tolerance): a reservation
 * starts when the units of the ones before it are paid off at the rate, or at once if they are, and the caller is
 * told how long to wait. Concurrent callers queue fairly without holding a lock while they sleep. Idle time is not
 * saved up, so a run sits on its limit and never over it, even after a pause (a token bucket that filled while the
 * input was read would let a second's worth out at once).
 */
final class RatePacer {

  private final double nanosPerUnit;
  private double next = Double.NEGATIVE_INFINITY;

  /** A pacer of {@code perSecond} units a second. */
  RatePacer(double perSecond) {
    this.nanosPerUnit = 1e9 / perSecond;
  }

  /** Reserves {@code n} units and returns the nanoseconds to wait before using them. */
  synchronized long reserve(double n, long now) {
    double start = Math.max(now, next);
    next = start + n * nanosPerUnit;
    return (long) Math.ceil(start - now);
  }
}

package org.tarjama.translate.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock whose sleeps return at once, move time forward and are recorded. */
final class FakeClock implements EngineClock {

  private long nanos = 1_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanos() {
    return nanos;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    if (duration.isZero() || duration.isNegative()) return;
    sleeps.add(duration);
    nanos += duration.toNanos();
  }

  synchronized void advance(Duration duration) {
    nanos += duration.toNanos();
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}

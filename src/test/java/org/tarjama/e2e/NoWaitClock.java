package org.tarjama.e2e;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.tarjama.translate.engine.EngineClock;

/** Real time, except that sleeping (backoff, Retry-After, rate limits) returns at once and moves time on. */
public final class NoWaitClock implements EngineClock {

  private final AtomicLong skipped = new AtomicLong();

  @Override
  public long nanos() {
    return System.nanoTime() + skipped.get();
  }

  @Override
  public void sleep(Duration duration) {
    if (duration.isNegative()) return;
    skipped.addAndGet(duration.toNanos());
    Thread.yield();
  }
}

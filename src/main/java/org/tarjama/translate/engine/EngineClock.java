package org.tarjama.translate.engine;

import java.time.Duration;

/** The engine's time source and sleeper, injectable so tests run backoff and rate limits without waiting. */
public interface EngineClock {

  /** Monotonic nanoseconds, as {@link System#nanoTime()}. */
  long nanos();

  void sleep(Duration duration) throws InterruptedException;

  EngineClock SYSTEM = new EngineClock() {
    @Override
    public long nanos() {
      return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      if (!duration.isNegative() && !duration.isZero()) Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
  };
}

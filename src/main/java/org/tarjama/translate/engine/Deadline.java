package org.tarjama.translate.engine;

import java.time.Duration;

/** An instant on an {@link EngineClock}, by which a batch must be finished. */
public record Deadline(long nanos) {

  public static Deadline after(EngineClock clock, Duration budget) {
    return new Deadline(clock.nanos() + budget.toNanos());
  }

  public Duration remaining(EngineClock clock) {
    return Duration.ofNanos(Math.max(0, nanos - clock.nanos()));
  }

  /** Whether waiting {@code wait} from now still ends before the deadline. */
  public boolean allows(EngineClock clock, Duration wait) {
    return clock.nanos() + wait.toNanos() < nanos;
  }
}

package org.tarjama.translate.engine;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendUnreachableException;

/**
 * Tells a backend that is not there from one that went away. Before the backend has answered anything in this run,
 * nothing listening at its address ends the run at once ({@link BackendUnreachableException}), so a wrong
 * {@code --endpoint} costs seconds, not the breaker's minutes of pauses. Once it has answered, every request waits
 * for it to come back, polling, up to {@link BreakerPolicy#waitForBackend()} from when it went away; then the backend
 * is given up for the run and the remaining segments fail with the reason.
 */
final class ReachabilityStage implements Middleware {

  /** How often a waiting request tries the backend again. */
  static final Duration POLL = Duration.ofSeconds(2);

  private final Duration bound;
  private final String backend;
  private final String model;
  private final EngineClock clock;
  private final EngineListener events;
  private boolean answered;
  private long downSince = -1;
  private @Nullable String lost;

  ReachabilityStage(Duration bound, String backend, String model, EngineClock clock, EngineListener events) {
    this.bound = bound;
    this.backend = backend;
    this.model = model;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public BatchReply intercept(Chain chain) throws BackendException {
    while (true) {
      String gone = lostReason();
      if (gone != null) return BatchReply.failed(chain.batch(), gone, backend, model);
      try {
        BatchReply reply = chain.proceed(chain.batch());
        answered();
        return reply;
      } catch (BackendException.Unreachable e) {
        Duration waited = down(e);
        if (waited.compareTo(bound) >= 0) {
          lose(e.getMessage() + "; it did not come back within " + bound.toSeconds() + " s (--wait-for-backend)");
          continue;
        }
        events.waitingForBackend(e.getMessage(), waited, bound);
        Duration pause = bound.minus(waited).compareTo(POLL) < 0 ? bound.minus(waited) : POLL;
        try {
          clock.sleep(pause);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new BackendException.Transient(backend, "interrupted while waiting for the backend to come back");
        }
      } catch (BackendException e) {
        // any other answer, even an error, means something is listening
        answered();
        throw e;
      }
    }
  }

  private synchronized @Nullable String lostReason() {
    return lost;
  }

  private synchronized void answered() {
    answered = true;
    downSince = -1;
  }

  /** How long the backend has been away; throws when it never answered in this run. */
  private Duration down(BackendException.Unreachable e) {
    synchronized (this) {
      if (answered) {
        long now = clock.nanos();
        if (downSince < 0) downSince = now;
        return Duration.ofNanos(now - downSince);
      }
    }
    throw new BackendUnreachableException(e.getMessage(), e);
  }

  private void lose(String reason) {
    synchronized (this) {
      if (lost != null) return;
      lost = reason;
    }
    events.backendLost(reason);
  }
}

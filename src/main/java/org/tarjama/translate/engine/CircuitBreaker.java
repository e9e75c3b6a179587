package org.tarjama.translate.engine;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.BackendException;

/**
 * Guards the backend for all requests at once. After repeated transient failures it opens: nothing is sent for
 * a pause, then one probe goes through and its result closes or reopens the circuit; a backend that keeps
 * failing through many openings is stopped. A Retry-After holds every request, not only the one that got it.
 * A permanent failure that {@link BackendException.Permanent#stopsBackend() stops the backend} (quota used up,
 * key refused) stops it at once: later batches fail with {@code backend stopped: <reason>} without being sent.
 */
final class CircuitBreaker implements Middleware {

  /** How often a request waiting on a probe looks again. */
  private static final Duration PROBE_POLL = Duration.ofMillis(50);

  private enum State { CLOSED, OPEN, HALF_OPEN }

  private final BreakerPolicy policy;
  private final String backend;
  private final String model;
  private final EngineClock clock;
  private final EngineListener events;
  private State state = State.CLOSED;
  private int failures;
  private int openings;
  private long openUntil;
  private long holdUntil;
  private boolean probing;
  private @Nullable String stopped;

  CircuitBreaker(BreakerPolicy policy, String backend, String model, EngineClock clock, EngineListener events) {
    this.policy = policy;
    this.backend = backend;
    this.model = model;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public BatchReply intercept(Chain chain) throws BackendException {
    boolean probe;
    while (true) {
      Duration wait;
      synchronized (this) {
        if (stopped != null) return BatchReply.failed(chain.batch(), "backend stopped: " + stopped, backend, model);
        long now = clock.nanos();
        if (state == State.OPEN && now >= openUntil) state = State.HALF_OPEN;
        if (now < holdUntil || state == State.OPEN) {
          wait = Duration.ofNanos(Math.max(holdUntil, state == State.OPEN ? openUntil : 0) - now);
        } else if (state == State.HALF_OPEN && probing) {
          wait = PROBE_POLL;
        } else {
          probe = state == State.HALF_OPEN;
          probing |= probe;
          break;
        }
      }
      if (!chain.deadline().allows(clock, wait)) {
        throw new BackendException.Transient(backend, "circuit open after repeated failures; no time left to wait");
      }
      try {
        clock.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BackendException.Transient(backend, "interrupted while the circuit was open");
      }
    }
    try {
      BatchReply reply = chain.proceed(chain.batch());
      answered();
      return reply;
    } catch (BackendException.Transient e) {
      failed(e);
      throw e;
    } catch (BackendException.RateLimited e) {
      answered();
      e.retryAfter().ifPresent(this::hold);
      throw e;
    } catch (BackendException.Permanent e) {
      if (e.stopsBackend()) stop(e.getMessage());
      else answered();
      throw e;
    } catch (BackendException.MalformedReply | BackendException.BatchTooLarge e) {
      answered();
      throw e;
    } finally {
      if (probe) endProbe();
    }
  }

  private synchronized void endProbe() {
    probing = false;
  }

  /** The backend answered (even with an error of its own): it is up. */
  private synchronized void answered() {
    failures = 0;
    openings = 0;
    state = State.CLOSED;
  }

  private synchronized void hold(Duration retryAfter) {
    holdUntil = Math.max(holdUntil, clock.nanos() + retryAfter.toNanos());
  }

  private void failed(BackendException.Transient e) {
    Duration pause = Duration.ZERO;
    boolean stopNow;
    synchronized (this) {
      if (state == State.OPEN) return;
      failures++;
      if (state == State.CLOSED && failures < policy.failuresToOpen()) return;
      openings++;
      stopNow = openings > policy.opensBeforeStop();
      if (!stopNow) {
        pause = policy.pause(openings);
        state = State.OPEN;
        openUntil = clock.nanos() + pause.toNanos();
      }
    }
    if (!stopNow) {
      events.circuitOpened(backend, pause);
    } else {
      stop("kept failing after " + policy.opensBeforeStop() + " pauses: " + e.getMessage());
    }
  }

  private void stop(String reason) {
    synchronized (this) {
      if (stopped != null) return;
      stopped = reason;
    }
    events.backendStopped(reason);
  }
}

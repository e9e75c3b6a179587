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
 * A backend that has not answered once this run gets two pauses, not the policy's many, and is stopped at once
 * when a second request to it gets no reply in time; the pauses of one run of failures never add up to more than
 * {@code --wait-for-backend}.
 */
final class CircuitBreaker implements Middleware {

  /** How often a request waiting on a probe looks again. */
  private static final Duration PROBE_POLL = Duration.ofMillis(50);
  /** Pauses for a backend that has not answered once this run: misconfigured more likely than busy. */
  private static final int OPENS_BEFORE_STOP_NEVER_ANSWERED = 2;

  /** Requests without a reply in time (one may be a lost first reply's retry) that stop a backend never heard from. */
  private static final int TIMEOUTS_BEFORE_STOP_NEVER_ANSWERED = 2;

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
  private boolean everAnswered;
  private int unansweredTimeouts;
  /** When the failures since the last answer began, or -1: their pauses together stay within --wait-for-backend. */
  private long failingSince = -1;
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
    everAnswered = true;
    failingSince = -1;
  }

  private synchronized void hold(Duration retryAfter) {
    holdUntil = Math.max(holdUntil, clock.nanos() + retryAfter.toNanos());
  }

  private void failed(BackendException.Transient e) {
    Duration pause = Duration.ZERO;
    @Nullable String stopReason;
    synchronized (this) {
      if (state == State.OPEN) return;
      long now = clock.nanos();
      if (failingSince < 0) failingSince = now;
      failures++;
      if (!everAnswered && e.noReply() && ++unansweredTimeouts >= TIMEOUTS_BEFORE_STOP_NEVER_ANSWERED) {
        // each costs a whole timeout: a server that has never replied is not waited on through pauses and probes
        stopReason = "no reply in time to " + unansweredTimeouts + " requests, and none since the run started: "
            + e.getMessage() + "; check --endpoint and the server's own log, or raise --request-timeout (and the"
            + " backend's timeout option) if it is just slow";
      } else {
        if (state == State.CLOSED && failures < policy.failuresToOpen()) return;
        openings++;
        pause = policy.pause(openings);
        stopReason = stopInsteadOfPausing(e, now, pause);
        if (stopReason == null) {
          state = State.OPEN;
          openUntil = now + pause.toNanos();
        }
      }
    }
    if (stopReason == null) {
      events.circuitOpened(backend, pause);
    } else {
      stop(stopReason);
    }
  }

  /** Why the backend is stopped rather than paused for {@code pause} after this opening, or null to pause. */
  private @Nullable String stopInsteadOfPausing(BackendException.Transient e, long now, Duration pause) {
    int allowed = everAnswered ? policy.opensBeforeStop()
        : Math.min(policy.opensBeforeStop(), OPENS_BEFORE_STOP_NEVER_ANSWERED);
    if (openings > allowed) {
      return everAnswered ? "kept failing after " + allowed + " pauses: " + e.getMessage()
          : "has not answered one request well since the run started (" + allowed + " pauses); last failure: "
              + e.getMessage() + "; check --endpoint and the server's own log";
    }
    if (now + pause.toNanos() - failingSince > policy.waitForBackend().toNanos()) {
      return "kept failing for " + Duration.ofNanos(now - failingSince).toSeconds() + " s, and the next pause"
          + " would pass --wait-for-backend " + policy.waitForBackend().toSeconds() + " s: " + e.getMessage();
    }
    return null;
  }

  private void stop(String reason) {
    synchronized (this) {
      if (stopped != null) return;
      stopped = reason;
    }
    events.backendStopped(reason);
  }
}

package org.tarjama.translate.engine;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.tarjama.translate.BackendException;

/**
 * Retries by failure type, never by message: transient and rate-limited failures wait (the backend's
 * Retry-After when it gave one, else exponential backoff with full jitter) and try again; a malformed reply is
 * split in halves, down to single segments; a permanent failure is not retried. What still fails comes back as
 * failed outcomes with the reason, so the rest of the run goes on.
 */
final class RetryStage implements Middleware {

  static final String TRANSIENT = "transient";
  static final String RATE_LIMITED = "rate-limited";
  static final String MALFORMED = "malformed-reply";

  private final RetryPolicy policy;
  private final String backend;
  private final String model;
  private final EngineClock clock;
  private final RandomGenerator random;
  private final EngineListener events;

  RetryStage(RetryPolicy policy, String backend, String model, EngineClock clock, RandomGenerator random,
             EngineListener events) {
    this.policy = policy;
    this.backend = backend;
    this.model = model;
    this.clock = clock;
    this.random = random;
    this.events = events;
  }

  @Override
  public BatchReply intercept(Chain chain) {
    return translate(chain, chain.batch());
  }

  private BatchReply translate(Chain chain, Batch batch) {
    for (int attempt = 1; ; attempt++) {
      BackendException failure;
      String cause;
      Duration wait;
      try {
        return chain.withAttempt(attempt).proceed(batch);
      } catch (BackendException.MalformedReply e) {
        if (batch.size() > 1) {
          events.retrying(MALFORMED, Duration.ZERO);
          return BatchReply.join(translate(chain, batch.first()), translate(chain, batch.second()));
        }
        if (attempt >= policy.malformedAttempts()) return gaveUp(batch, e, attempt);
        failure = e;
        cause = MALFORMED;
        wait = backoff(attempt);
      } catch (BackendException.Permanent e) {
        return BatchReply.failed(batch, e.getMessage(), backend, model);
      } catch (BackendException.RateLimited e) {
        failure = e;
        cause = RATE_LIMITED;
        wait = e.retryAfter().isPresent() ? e.retryAfter().get() : backoff(attempt);
      } catch (BackendException e) {
        // Transient: the only kind left of the sealed hierarchy
        failure = e;
        cause = TRANSIENT;
        wait = backoff(attempt);
      }
      if (attempt >= policy.maxAttempts()) return gaveUp(batch, failure, attempt);
      if (!chain.deadline().allows(clock, wait)) {
        return BatchReply.failed(batch, failure.getMessage() + " (no time left to retry after " + attempt
            + (attempt == 1 ? " attempt)" : " attempts)"), backend, model);
      }
      events.retrying(cause, wait);
      try {
        clock.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return BatchReply.failed(batch, "interrupted while waiting to retry: " + failure.getMessage(), backend, model);
      }
    }
  }

  /** Full jitter: a uniform wait between zero and the exponential ceiling, so many clients do not retry in step. */
  private Duration backoff(int attempt) {
    long ceiling = policy.backoffCeiling(attempt).toNanos();
    return Duration.ofNanos((long) (random.nextDouble() * ceiling));
  }

  private BatchReply gaveUp(Batch batch, BackendException failure, int attempts) {
    return BatchReply.failed(batch, failure.getMessage() + " (gave up after " + attempts
        + (attempts == 1 ? " attempt)" : " attempts)"), backend, model);
  }
}

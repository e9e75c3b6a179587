package org.tarjama.translate.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;

/**
 * Retries by failure type, never by message: transient and rate-limited failures wait (the backend's
 * Retry-After when it gave one, else exponential backoff with full jitter) and try again; a malformed reply is
 * split in halves, down to single segments; a batch the server finds too large lowers the run's limits and is split
 * to fit them; a permanent failure is not retried. What still fails comes back as
 * failed outcomes with the reason, so the rest of the run goes on.
 */
final class RetryStage implements Middleware {

  static final String TRANSIENT = "transient";
  static final String RATE_LIMITED = "rate-limited";
  static final String MALFORMED = "malformed-reply";
  static final String TOO_LARGE = "batch-too-large";

  private final RetryPolicy policy;
  private final String backend;
  private final String model;
  private final EngineClock clock;
  private final RandomGenerator random;
  private final EngineListener events;
  private final LearntLimits limits;

  RetryStage(RetryPolicy policy, String backend, String model, EngineClock clock, RandomGenerator random,
             EngineListener events) {
    this(policy, backend, model, clock, random, events, new LearntLimits(BatchLimits.unlimited(), events));
  }

  RetryStage(RetryPolicy policy, String backend, String model, EngineClock clock, RandomGenerator random,
             EngineListener events, LearntLimits limits) {
    this.limits = limits;
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
      } catch (BackendException.BatchTooLarge e) {
        return split(chain, batch, e);
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

  /**
   * A batch the server refused as too large: the run's limits are lowered to what it said it accepts and the batch
   * is sent again in parts that fit them (in halves when they all still fit); one segment alone that is still too
   * large fails.
   */
  private BatchReply split(Chain chain, Batch batch, BackendException.BatchTooLarge refusal) {
    BatchLimits now = limits.learn(batch, refusal);
    if (batch.size() == 1) {
      return BatchReply.failed(batch, refusal.getMessage() + " (one segment alone is too large for this server)", backend, model);
    }
    List<Batch> parts = new ArrayList<>();
    List<TranslationItem> part = new ArrayList<>();
    for (TranslationItem item : batch.items()) {
      part.add(item);
      if (part.size() > 1 && !now.fits(part)) {
        part.remove(part.size() - 1);
        parts.add(new Batch(part));
        part = new ArrayList<>(List.of(item));
      }
    }
    parts.add(new Batch(part));
    if (parts.size() == 1) parts = List.of(batch.first(), batch.second());
    events.retrying(TOO_LARGE, Duration.ZERO);
    BatchReply all = translate(chain, parts.get(0));
    for (int i = 1; i < parts.size(); i++) all = BatchReply.join(all, translate(chain, parts.get(i)));
    return all;
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

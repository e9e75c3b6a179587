package org.tarjama.translate.engine;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.BackendException;

/**
 * Paces requests to the backend's terms: a permit per request (requests per second) and per character
 * (characters per minute), with no burst and 1% under the limit, so a run sits just under it and never over it.
 * Sits below the retry stage, so every retry waits for a fresh permit.
 */
final class RateLimitStage implements Middleware {

  private final @Nullable RatePacer requests;
  private final @Nullable RatePacer characters;
  private final String backend;
  private final EngineClock clock;
  private final EngineListener events;
  /**
   * The schedule starts when the first request is back: the first call also sets up the client and its connection,
   * and requests paced behind it while it did would reach the server bunched together, over the limit.
   */
  private final CountDownLatch firstReply = new CountDownLatch(1);
  private final AtomicBoolean firstTaken = new AtomicBoolean();

  /** 1% under the limit: paced at the limit exactly, a run measured from first to last request came out a hair over. */
  static final double MARGIN = 0.99;

  RateLimitStage(String backend, BackendTerms terms, EngineClock clock, EngineListener events) {
    this.backend = backend;
    this.requests = terms.limitsRequests() ? new RatePacer(terms.requestsPerSecond() * MARGIN) : null;
    this.characters = terms.limitsCharacters() ? new RatePacer(terms.charactersPerMinute() * MARGIN / 60.0) : null;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public BatchReply intercept(Chain chain) throws BackendException {
    if (requests == null && characters == null) return chain.proceed(chain.batch());
    boolean first = firstTaken.compareAndSet(false, true);
    if (!first) await(firstReply);
    pace(chain.batch().characters());
    try {
      return chain.proceed(chain.batch());
    } finally {
      if (first) firstReply.countDown();
    }
  }

  private void pace(long characterCount) throws BackendException {
    long now = clock.nanos();
    long wait = 0;
    if (requests != null) wait = requests.reserve(1, now);
    if (characters != null) wait = Math.max(wait, characters.reserve(characterCount, now));
    if (wait > 0) {
      Duration pause = Duration.ofNanos(wait);
      events.waitedForPermit(pause);
      try {
        clock.sleep(pause);
      } catch (InterruptedException e) {
        throw interrupted();
      }
    }
  }

  private void await(CountDownLatch latch) throws BackendException {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw interrupted();
    }
  }

  private BackendException interrupted() {
    Thread.currentThread().interrupt();
    return new BackendException.Transient(backend, "interrupted while waiting for a rate-limit permit");
  }
}

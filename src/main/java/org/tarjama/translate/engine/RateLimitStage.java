package org.tarjama.translate.engine;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.BackendException;

/**
 * Paces requests to the backend's terms: a permit per request (requests per second) and per character
 * (characters per minute), with no burst and 2% under the limit, so a run sits just under it and never over it, as the
 * server counts too. Sits below the retry stage, so every retry waits for a fresh permit.
 */
final class RateLimitStage implements Middleware {

  private final @Nullable RatePacer requests;
  private final @Nullable RatePacer characters;
  private final String backend;
  private final EngineClock clock;
  private final EngineListener events;

  /**
   * Requests reach the server up to tens of milliseconds off the client's schedule, so paced at the limit exactly a
   * server counting any one second could see one or two over it; 2% under it, 41 requests at 40/s span 1.02 s.
   */
  static final double MARGIN = 0.98;

  RateLimitStage(String backend, BackendTerms terms, EngineClock clock, EngineListener events) {
    this.backend = backend;
    this.requests = terms.limitsRequests() ? new RatePacer(terms.requestsPerSecond() * MARGIN) : null;
    this.characters = terms.limitsCharacters() ? new RatePacer(terms.charactersPerMinute() * MARGIN / 60.0) : null;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public BatchReply intercept(Chain chain) throws BackendException {
    long now = clock.nanos();
    long wait = 0;
    if (requests != null) wait = requests.reserve(1, now);
    if (characters != null) wait = Math.max(wait, characters.reserve(chain.batch().characters(), now));
    if (wait > 0) {
      Duration pause = Duration.ofNanos(wait);
      events.waitedForPermit(pause);
      try {
        clock.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BackendException.Transient(backend, "interrupted while waiting for a rate-limit permit");
      }
    }
    return chain.proceed(chain.batch());
  }
}

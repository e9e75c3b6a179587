package org.tarjama.translate.engine;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.tarjama.memory.MemoryLocation;

/**
 * How the concurrent engine runs: requests in flight, where the translation memory lives, each backend's rate
 * limits and price (declared by the backend, and what the command line overrides), retry and circuit-breaker
 * policy, the caller's own middleware (outermost first), an observer, and the clock and randomness (injectable for tests). {@code windowSegments} bounds the segments of the articles
 * held in memory at once (0: chosen from the concurrency and the backend's batch size).
 */
public record EngineOptions(int concurrency, MemoryLocation memory, Map<String, BackendTerms> terms,
                            TermsOverride override, RetryPolicy retry,
                            BreakerPolicy breaker, List<Middleware> middleware, EngineListener listener,
                            EngineClock clock, RandomGenerator random, int windowSegments) {

  public static final int DEFAULT_CONCURRENCY = 4;

  public EngineOptions {
    if (concurrency < 1) throw new IllegalArgumentException("--concurrency must be at least 1, got " + concurrency);
    if (windowSegments < 0) throw new IllegalArgumentException("window must not be negative");
    terms = Map.copyOf(terms);
    middleware = List.copyOf(middleware);
  }

  public static EngineOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder newBuilder() {
    Builder b = new Builder();
    b.concurrency = concurrency;
    b.memory = memory;
    b.terms = new HashMap<>(terms);
    b.override = override;
    b.retry = retry;
    b.breaker = breaker;
    b.middleware = middleware;
    b.listener = listener;
    b.clock = clock;
    b.random = random;
    b.windowSegments = windowSegments;
    return b;
  }

  /**
   * The rate limits and price that apply to {@code backend}: those set for it (from its descriptor, see
   * {@code Tarjama}), else none, then the command line's override.
   */
  public BackendTerms termsFor(String backend) {
    return override.apply(terms.getOrDefault(backend.toLowerCase(Locale.ROOT), BackendTerms.UNLIMITED));
  }

  /** Builds {@link EngineOptions}; defaults: 4 requests in flight, memory from TARJAMA_TM else the user's cache. */
  public static final class Builder {
    private int concurrency = DEFAULT_CONCURRENCY;
    private MemoryLocation memory = MemoryLocation.fromEnvironment(System::getenv);
    private Map<String, BackendTerms> terms = new HashMap<>();
    private TermsOverride override = TermsOverride.NONE;
    private RetryPolicy retry = RetryPolicy.defaults();
    private BreakerPolicy breaker = BreakerPolicy.defaults();
    private List<Middleware> middleware = List.of();
    private EngineListener listener = EngineListener.NONE;
    private EngineClock clock = EngineClock.SYSTEM;
    private RandomGenerator random = RandomGenerator.getDefault();
    private int windowSegments;

    private Builder() {
    }

    public Builder concurrency(int value) {
      concurrency = value;
      return this;
    }

    public Builder memory(MemoryLocation value) {
      memory = value;
      return this;
    }

    /** Sets the terms of one backend (rate limits and price). */
    public Builder terms(String backend, BackendTerms value) {
      terms.put(backend.toLowerCase(Locale.ROOT), value);
      return this;
    }

    /** Overrides the rate limits and price of whichever backend the run uses. */
    public Builder override(TermsOverride value) {
      override = value;
      return this;
    }

    public Builder retry(RetryPolicy value) {
      retry = value;
      return this;
    }

    public Builder breaker(BreakerPolicy value) {
      breaker = value;
      return this;
    }

    public Builder middleware(List<Middleware> value) {
      middleware = value;
      return this;
    }

    public Builder listener(EngineListener value) {
      listener = value;
      return this;
    }

    public Builder clock(EngineClock value) {
      clock = value;
      return this;
    }

    public Builder random(RandomGenerator value) {
      random = value;
      return this;
    }

    public Builder windowSegments(int value) {
      windowSegments = value;
      return this;
    }

    public EngineOptions build() {
      return new EngineOptions(concurrency, memory, terms, override, retry, breaker, middleware, listener, clock, random,
          windowSegments);
    }
  }
}

package org.tarjama.translate.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.tarjama.memory.MemoryScope;
import org.tarjama.memory.TranslationMemory;
import org.tarjama.model.Article;
import org.tarjama.translate.ArticleSink;
import org.tarjama.translate.EngineReport;
import org.tarjama.translate.TranslationEngine;
import org.tarjama.translate.Translator;

/**
 * Keeps the backend busy: segments of all articles are packed into requests up to the backend's limits across
 * article boundaries, up to {@code concurrency} requests are in flight, a sentence repeated while its
 * translation is on the way is sent once, and every article reaches the sink as soon as it is complete, in input
 * order, so the output does not depend on timing. Articles are pulled lazily and only a bounded window of them
 * is held. Every request passes the middleware {@link #stack}.
 */
public final class ConcurrentEngine implements TranslationEngine {

  private final Translator translator;
  private final TranslationMemory memory;
  private final MemoryScope scope;
  private final EngineOptions options;
  private final boolean dryRun;

  private ConcurrentEngine(Translator translator, TranslationMemory memory, MemoryScope scope, EngineOptions options,
                           boolean dryRun) {
    this.translator = translator;
    this.memory = memory;
    this.scope = scope;
    this.options = options;
    this.dryRun = dryRun;
  }

  /** An engine that sends to {@code translator} and keeps every translation in {@code memory} under {@code scope}. */
  public ConcurrentEngine(Translator translator, TranslationMemory memory, MemoryScope scope, EngineOptions options) {
    this(translator, memory, scope, options, false);
  }

  /**
   * An engine that sends nothing: it reads {@code memory}, packs and counts requests exactly as a real run would,
   * and answers every sent segment with a placeholder. Its report tells what a real run would send.
   */
  public static ConcurrentEngine dryRun(Translator translator, TranslationMemory memory, MemoryScope scope,
                                        EngineOptions options) {
    return new ConcurrentEngine(translator, memory, scope, options, true);
  }

  @Override
  public EngineReport run(Iterator<Article> articles, ArticleSink sink) throws IOException {
    EngineCounters counters = new EngineCounters(options.clock());
    EngineListener events = EngineListener.both(counters, options.listener());
    ExecutorService workers = Executors.newFixedThreadPool(EngineRun.batchesInFlight(options), daemon("tarjama-request"));
    ExecutorService calls = Executors.newCachedThreadPool(daemon("tarjama-call"));
    DryRunMemory overlay = dryRun ? new DryRunMemory(memory) : null;
    try {
      LearntLimits limits = new LearntLimits(translator.limits(), events);
      new EngineRun(stack(overlay == null ? memory : overlay, calls, events, limits), workers, options, translator,
          windowSegments(), events, limits).drive(articles, sink);
    } finally {
      workers.shutdownNow();
      calls.shutdownNow();
      if (overlay != null) overlay.close();
    }
    return counters.report();
  }

  /**
   * The stages every request passes, outermost first: the caller's middleware, then the memory (a hit goes no
   * further, so it never waits for a permit), the reply check (below the memory, so nothing it rejects is stored),
   * retry, the limit on requests in flight, the wait for a backend that went away, the circuit breaker (below the limit, so no request that was waiting for
   * a slot slips past a stopped backend), the rate limit (below retry, so every retry waits for a fresh permit) and
   * the backend call. A dry run ends after the memory.
   */
  List<Middleware> stack(TranslationMemory seen, ExecutorService calls, EngineListener events, LearntLimits limits) {
    String backend = translator.name();
    String model = translator.model();
    List<Middleware> stages = new ArrayList<>(options.middleware());
    stages.add(new MemoryStage(seen, scope, events));
    if (dryRun) {
      stages.add(new DryRunBackend(backend, model, events));
      return stages;
    }
    stages.add(new ReplyCheckStage(options.retry().malformedAttempts(), backend, model, events));
    stages.add(new RetryStage(options.retry(), backend, model, options.clock(), options.random(), events, limits));
    stages.add(new InFlightLimit(options.concurrency(), backend, limits));
    stages.add(new ReachabilityStage(options.breaker().waitForBackend(), backend, model, options.clock(), events));
    stages.add(new CircuitBreaker(options.breaker(), backend, model, options.clock(), events));
    stages.add(new RateLimitStage(backend, options.termsFor(backend), options.clock(), events));
    stages.add(new BackendCall(translator, options.retry().requestTimeout(), calls, options.clock(), events));
    return stages;
  }

  /** Enough segments to fill every request slot several times over, so the backend never waits for input. */
  private int windowSegments() {
    if (options.windowSegments() > 0) return options.windowSegments();
    int perRequest = Math.min(translator.limits().maxItems(), 500);
    return Math.max(1000, 4 * options.concurrency() * perRequest);
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

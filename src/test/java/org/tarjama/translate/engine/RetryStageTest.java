package org.tarjama.translate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tarjama.translate.engine.Fixtures.SENTENCES;
import static org.tarjama.translate.engine.Fixtures.batch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Outcome;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.pseudo.PseudoTranslator;

class RetryStageTest {

  /** Always draws the middle of the jitter range, so waits are exact. */
  private static final RandomGenerator HALF = new RandomGenerator() {
    @Override
    public long nextLong() {
      return 0;
    }

    @Override
    public double nextDouble() {
      return 0.5;
    }
  };

  private final FakeClock clock = new FakeClock();
  private final RecordingEvents events = new RecordingEvents();
  private final ExecutorService calls = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    calls.shutdownNow();
  }

  private BatchReply run(ScriptedTranslator backend, Batch batch) throws BackendException {
    List<Middleware> stages = List.of(
        new RetryStage(RetryPolicy.defaults(), ScriptedTranslator.NAME, ScriptedTranslator.MODEL, clock, HALF, events),
        new BackendCall(backend, Duration.ofSeconds(5), calls, clock, events));
    return StageChain.run(stages, batch, Deadline.after(clock, Duration.ofMinutes(15)));
  }

  private static Outcome ok(String source) {
    return new Outcome.Translated(PseudoTranslator.forward(source), ScriptedTranslator.NAME, ScriptedTranslator.MODEL);
  }

  private static Outcome failed(String reason) {
    return new Outcome.Failed(reason, ScriptedTranslator.NAME, ScriptedTranslator.MODEL);
  }

  @Test
  void retryAfterIsHonouredExactly() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, call) -> {
      if (call == 1) throw new BackendException.RateLimited("scripted", "HTTP 429", Duration.ofSeconds(7));
      return ScriptedTranslator.healthy(items);
    });

    BatchReply reply = run(backend, batch(SENTENCES.get(0)));

    assertEquals(List.of(ok(SENTENCES.get(0))), reply.outcomes());
    assertEquals(List.of(Duration.ofSeconds(7)), clock.sleeps());
    assertEquals(List.of("retry rate-limited PT7S"), events.lines());
  }

  @Test
  void rateLimitedWithoutRetryAfterBacksOffLikeATransientFailure() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, call) -> {
      if (call == 1) throw new BackendException.RateLimited("scripted", "HTTP 429", null);
      return ScriptedTranslator.healthy(items);
    });

    run(backend, batch(SENTENCES.get(0)));

    assertEquals(List.of(Duration.ofMillis(250)), clock.sleeps());
  }

  @Test
  void transientFailuresBackOffExponentiallyWithFullJitter() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, call) -> {
      if (call <= 3) throw new BackendException.Transient("scripted", "HTTP 503");
      return ScriptedTranslator.healthy(items);
    });

    BatchReply reply = run(backend, batch(SENTENCES.get(0), SENTENCES.get(1)));

    assertEquals(List.of(ok(SENTENCES.get(0)), ok(SENTENCES.get(1))), reply.outcomes());
    // half of 500 ms, 1 s and 2 s: the ceiling doubles, the wait is drawn below it
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000)), clock.sleeps());
    assertEquals(4, backend.calls().size());
  }

  @Test
  void retriesStopAfterTheLastAttemptAndTheSegmentsFailWithTheReason() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, call) -> {
      throw new BackendException.Transient("scripted", "HTTP 503 Service Unavailable");
    });

    BatchReply reply = run(backend, batch(SENTENCES.get(0)));

    assertEquals(List.of(failed("scripted: HTTP 503 Service Unavailable (gave up after 6 attempts)")), reply.outcomes());
    assertEquals(6, backend.calls().size());
  }

  @Test
  void permanentFailureIsNotRetried() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, call) -> {
      throw new BackendException.Permanent("scripted", "HTTP 400 ar is not supported", false);
    });

    BatchReply reply = run(backend, batch(SENTENCES.get(0), SENTENCES.get(1)));

    assertEquals(List.of(failed("scripted: HTTP 400 ar is not supported"), failed("scripted: HTTP 400 ar is not supported")),
        reply.outcomes());
    assertEquals(1, backend.calls().size());
    assertEquals(List.of(), clock.sleeps());
  }

  @Test
  void aRetryAfterBeyondTheDeadlineFailsAtOnceInsteadOfWaiting() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, call) -> {
      throw new BackendException.RateLimited("scripted", "HTTP 429", Duration.ofHours(1));
    });

    BatchReply reply = run(backend, batch(SENTENCES.get(0)));

    assertEquals(List.of(failed("scripted: HTTP 429 (no time left to retry after 1 attempt)")), reply.outcomes());
    assertEquals(List.of(), clock.sleeps());
  }

  @Test
  void malformedRepliesSplitTheBatchDownToSingleSegments() throws Exception {
    String poison = SENTENCES.get(2);
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, call) -> {
      boolean poisoned = items.stream().anyMatch(i -> i.text().equals(poison));
      if (poisoned) return ScriptedTranslator.healthy(items).subList(0, items.size() - 1);
      return ScriptedTranslator.healthy(items);
    });

    BatchReply reply = run(backend, batch(SENTENCES.get(0), SENTENCES.get(1), poison, SENTENCES.get(3)));

    assertEquals(List.of(4, 2, 2, 1, 1, 1), backend.calls().stream().map(List::size).toList());
    assertEquals(List.of(List.of("k3")), backend.calls().subList(3, 5).stream().distinct()
        .map(c -> c.stream().map(TranslationItem::key).toList()).toList());
    assertEquals(List.of(ok(SENTENCES.get(0)), ok(SENTENCES.get(1)),
        failed("scripted: returned 0 translations for 1 segments (gave up after 2 attempts)"), ok(SENTENCES.get(3))),
        reply.outcomes());
  }

  @Test
  void aBlankTranslationCountsAsMalformed() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, call) -> {
      if (call == 1) return List.of(" ");
      return ScriptedTranslator.healthy(items);
    });

    BatchReply reply = run(backend, batch(SENTENCES.get(0)));

    assertEquals(List.of(ok(SENTENCES.get(0))), reply.outcomes());
    assertEquals(List.of("retry malformed-reply PT0.25S"), events.lines());
  }

  @Test
  void eachRetryWaitsForAFreshPermit() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, call) -> {
      if (call == 1) throw new BackendException.RateLimited("scripted", "HTTP 429", Duration.ofMillis(100));
      return ScriptedTranslator.healthy(items);
    });
    List<Middleware> stages = List.of(
        new RetryStage(RetryPolicy.defaults(), ScriptedTranslator.NAME, ScriptedTranslator.MODEL, clock, HALF, events),
        new RateLimitStage("scripted", BackendTerms.UNLIMITED.withRequestsPerSecond(1), clock, events),
        new BackendCall(backend, Duration.ofSeconds(5), calls, clock, events));

    StageChain.run(stages, batch(SENTENCES.get(0)), Deadline.after(clock, Duration.ofMinutes(15)));

    // the first request went at once; the retry waited 100 ms, then the rest of the 1.01 s (1% margin) for a new permit
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofNanos(910_101_011)), clock.sleeps());
  }
}

package org.tarjama.translate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Outcome;
import org.tarjama.translate.TranslationItem;

/** A batch the server refuses as too large lowers the run's limits to what it said and is split to fit them. */
class BatchTooLargeTest {

  private final FakeClock clock = new FakeClock();
  private final Map<String, Integer> learnt = new TreeMap<>();
  private final EngineListener events = new EngineListener() {
    @Override
    public synchronized void limitLearnt(String option, int value) {
      learnt.put(option, value);
    }
  };
  private final ExecutorService calls = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    calls.shutdownNow();
  }

  /** LibreTranslate with --char-limit: "request (N) exceeds text limit (M)", N counting the batch's characters. */
  private static ScriptedTranslator charLimited(int limit) {
    return new ScriptedTranslator(BatchLimits.unlimited(), (batch, call) -> {
      int chars = batch.stream().mapToInt(i -> BatchLimits.chars(i.text())).sum();
      if (chars > limit) {
        throw new BackendException.BatchTooLarge(ScriptedTranslator.NAME, "HTTP 400: Invalid request: request (" + chars
            + ") exceeds text limit (" + limit + ")", null, chars, limit);
      }
      return ScriptedTranslator.healthy(batch);
    });
  }

  private BatchReply run(ScriptedTranslator backend, LearntLimits limits, Batch batch) throws Exception {
    List<Middleware> stages = List.of(
        new RetryStage(RetryPolicy.defaults(), ScriptedTranslator.NAME, ScriptedTranslator.MODEL, clock,
            RandomGenerator.getDefault(), events, limits),
        new BackendCall(backend, Duration.ofSeconds(5), calls, clock, events));
    return StageChain.run(stages, batch, Deadline.after(clock, Duration.ofMinutes(15)));
  }

  @Test
  void aCharacterLimitStatedAsBareNumbersIsLearntAndTheBatchSplitToFit() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 6; i++) texts.add(Fixtures.sentence(i));
    LearntLimits limits = new LearntLimits(BatchLimits.items(50), events);
    ScriptedTranslator backend = charLimited(200);

    BatchReply reply = run(backend, limits, Fixtures.batch(texts.toArray(String[]::new)));

    assertEquals(0, reply.failures());
    assertEquals(Map.of("max-chars", 200), learnt);
    assertEquals(200, limits.current().maxChars());
    assertEquals(50, limits.current().maxItems(), "the item limit is untouched");
    for (List<TranslationItem> call : backend.calls().subList(1, backend.calls().size())) {
      assertTrue(call.stream().mapToInt(i -> BatchLimits.chars(i.text())).sum() <= 200, call.toString());
    }
  }

  @Test
  void aRefusalWithoutNumbersHalvesTheItemLimit() throws Exception {
    LearntLimits limits = new LearntLimits(BatchLimits.items(50), events);
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (batch, call) -> {
      if (batch.size() > 2) throw new BackendException.BatchTooLarge(ScriptedTranslator.NAME, "HTTP 413 Payload Too Large");
      return ScriptedTranslator.healthy(batch);
    });

    BatchReply reply = run(backend, limits, Fixtures.batch(Fixtures.sentence(0), Fixtures.sentence(1), Fixtures.sentence(2),
        Fixtures.sentence(3), Fixtures.sentence(4), Fixtures.sentence(5), Fixtures.sentence(6), Fixtures.sentence(7)));

    assertEquals(0, reply.failures());
    assertEquals(Map.of("max-items", 2), learnt, "8 refused: 4; 4 refused: 2");
  }

  @Test
  void oneSegmentTooLargeEvenAloneFailsAndTheOthersAreTranslated() throws Exception {
    LearntLimits limits = new LearntLimits(BatchLimits.unlimited(), events);
    String longest = Fixtures.sentence(0);

    BatchReply reply = run(charLimited(BatchLimits.chars(longest) - 1), limits,
        Fixtures.batch(Fixtures.sentence(2), longest));

    assertInstanceOf(Outcome.Translated.class, reply.outcomes().get(0));
    Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, reply.outcomes().get(1));
    assertTrue(failed.reason().endsWith("(one segment alone is too large for this server)"), failed.reason());
  }
}

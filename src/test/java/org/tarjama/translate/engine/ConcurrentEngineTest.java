package org.tarjama.translate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tarjama.translate.engine.Fixtures.SENTENCES;
import static org.tarjama.translate.engine.Fixtures.article;
import static org.tarjama.translate.engine.Fixtures.articles;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tarjama.memory.MemoryScope;
import org.tarjama.memory.SqliteMemory;
import org.tarjama.memory.TranslationMemory;
import org.tarjama.model.Article;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.EngineReport;
import org.tarjama.translate.Outcome;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.pseudo.PseudoTranslator;

class ConcurrentEngineTest {

  private static final MemoryScope SCOPE = new MemoryScope(ScriptedTranslator.NAME, ScriptedTranslator.MODEL, "");

  private final FakeClock clock = new FakeClock();

  /** What the sink received, in order. */
  private record Delivered(Article article, Map<SegmentId, Outcome> outcomes) {
  }

  private final List<Delivered> delivered = new ArrayList<>();

  private EngineOptions options(int concurrency) {
    return EngineOptions.builder().concurrency(concurrency).clock(clock).build();
  }

  private EngineReport run(ScriptedTranslator backend, TranslationMemory memory, EngineOptions options,
                           Iterator<Article> articles) throws IOException {
    return new ConcurrentEngine(backend, memory, SCOPE, options)
        .run(articles, (article, outcomes) -> delivered.add(new Delivered(article, outcomes)));
  }

  private static Outcome ok(String source) {
    return new Outcome.Translated(PseudoTranslator.forward(source), ScriptedTranslator.NAME, ScriptedTranslator.MODEL);
  }

  private static Outcome failed(String reason) {
    return new Outcome.Failed(reason, ScriptedTranslator.NAME, ScriptedTranslator.MODEL);
  }

  /** Every segment of every delivered article, with its outcome, in order. */
  private List<String> results() {
    List<String> lines = new ArrayList<>();
    for (Delivered d : delivered) {
      for (Segment s : d.article.segments()) lines.add(s.id() + " " + d.outcomes.get(s.id()));
    }
    return lines;
  }

  @Test
  void articlesReachTheSinkInInputOrderWhateverTheTiming() throws Exception {
    Random random = new Random(7);
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.items(4), (items, call) -> {
      try {
        Thread.sleep(random.nextInt(6));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return ScriptedTranslator.healthy(items);
    });
    List<Article> input = articles(40, 3);

    try (SqliteMemory memory = SqliteMemory.temporary()) {
      run(backend, memory, options(4), input.iterator());
    }

    assertEquals(input, delivered.stream().map(Delivered::article).toList());
    for (Delivered d : delivered) {
      for (Segment s : d.article.segments()) assertEquals(ok(s.text()), d.outcomes.get(s.id()), s.id().toString());
    }
    assertEquals(30, backend.calls().size());
  }

  @Test
  void requestsArePackedAcrossArticleBoundaries() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.items(4));

    try (SqliteMemory memory = SqliteMemory.temporary()) {
      run(backend, memory, options(1), articles(5, 2).iterator());
    }

    // requests may reach the backend in any order; what they carry is fixed
    assertEquals(List.of(List.of("a000:p1s1", "a000:p1s2", "a001:p1s1", "a001:p1s2"),
            List.of("a002:p1s1", "a002:p1s2", "a003:p1s1", "a003:p1s2"), List.of("a004:p1s1", "a004:p1s2")),
        backend.calls().stream().map(c -> c.stream().map(TranslationItem::key).toList())
            .sorted(java.util.Comparator.comparing(keys -> keys.get(0))).toList());
  }

  @Test
  void requestsStayWithinTheBackendsCharacterAndByteLimits() throws Exception {
    BatchLimits limits = new BatchLimits(BatchLimits.UNLIMITED, 200, 300, BatchLimits.UNLIMITED);
    ScriptedTranslator backend = new ScriptedTranslator(limits);

    try (SqliteMemory memory = SqliteMemory.temporary()) {
      run(backend, memory, options(2), articles(10, 3).iterator());
    }

    for (List<TranslationItem> call : backend.calls()) assertTrue(limits.fits(call), call.toString());
    assertEquals(30, backend.sentTexts().size());
  }

  @Test
  void upToConcurrencyRequestsAreInFlightAndNoMore() throws Exception {
    AtomicInteger open = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.items(2), (items, call) -> {
      most.accumulateAndGet(open.incrementAndGet(), Math::max);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      open.decrementAndGet();
      return ScriptedTranslator.healthy(items);
    });

    try (SqliteMemory memory = SqliteMemory.temporary()) {
      run(backend, memory, options(3), articles(12, 3).iterator());
    }

    assertEquals(3, most.get());
  }

  @Test
  void aSentenceRepeatedInSeveralArticlesIsSentOnce() throws Exception {
    String quote = SENTENCES.get(2);
    List<Article> input = List.of(
        article("a", SENTENCES.get(0), quote),
        article("b", quote.replace(" ", "  "), SENTENCES.get(1)),
        article("c", quote, quote));
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.items(10));

    EngineReport report;
    try (SqliteMemory memory = SqliteMemory.temporary()) {
      report = run(backend, memory, options(2), input.iterator());
    }

    assertEquals(List.of(SENTENCES.get(0), quote, SENTENCES.get(1)), backend.sentTexts());
    assertEquals(List.of("a:p1s1 " + ok(SENTENCES.get(0)), "a:p1s2 " + ok(quote), "b:p1s1 " + ok(quote),
        "b:p1s2 " + ok(SENTENCES.get(1)), "c:p1s1 " + ok(quote), "c:p1s2 " + ok(quote)), results());
    assertEquals(3, report.duplicateSegments());
    assertEquals(3, report.segmentsSent());
  }

  @Test
  void aFinishedRunSendsNothingWhenRunAgain() throws Exception {
    List<Article> input = articles(6, 4);
    ScriptedTranslator first = new ScriptedTranslator(BatchLimits.items(5));
    ScriptedTranslator second = new ScriptedTranslator(BatchLimits.items(5));

    EngineReport again;
    try (SqliteMemory memory = SqliteMemory.temporary()) {
      run(first, memory, options(2), input.iterator());
      List<String> firstResults = results();
      delivered.clear();
      again = run(second, memory, options(2), input.iterator());
      assertEquals(firstResults, results());
    }

    assertEquals(List.of(), second.calls());
    assertEquals(0, again.requests());
    assertEquals(24, again.memoryHits());
  }

  @Test
  void anImportedTranslationIsUsedBeforeTheBackend() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.items(5));

    try (SqliteMemory memory = SqliteMemory.temporary()) {
      memory.store(MemoryScope.imported("human.tmx"), Map.of(SENTENCES.get(1), "Iranian state TV aired a video."));
      run(backend, memory, options(1), List.of(article("a", SENTENCES.get(0), SENTENCES.get(1))).iterator());
    }

    assertEquals(List.of(SENTENCES.get(0)), backend.sentTexts());
    assertEquals(List.of("a:p1s1 " + ok(SENTENCES.get(0)),
        "a:p1s2 " + new Outcome.Translated("Iranian state TV aired a video.", "tmx-import", "human.tmx")), results());
  }

  @Test
  void quotaExhaustedStopsTheBackendWithoutLosingFinishedWork() throws Exception {
    List<Article> input = articles(4, 2);
    ScriptedTranslator quota = new ScriptedTranslator(BatchLimits.items(2), (items, call) -> {
      if (call >= 3) throw new BackendException.Permanent("scripted", "HTTP 456 Quota exceeded", true);
      return ScriptedTranslator.healthy(items);
    });
    ScriptedTranslator renewed = new ScriptedTranslator(BatchLimits.items(2));

    try (SqliteMemory memory = SqliteMemory.temporary()) {
      EngineReport report = run(quota, memory, options(1), input.iterator());

      // two requests answered, the third refused; nothing more was sent
      assertEquals(3, quota.calls().size());
      List<String> answered = quota.calls().subList(0, 2).stream().flatMap(List::stream).map(TranslationItem::text).toList();
      List<String> refused = quota.calls().get(2).stream().map(TranslationItem::text).toList();
      List<String> expected = new ArrayList<>();
      List<String> failedTexts = new ArrayList<>();
      for (Article article : input) {
        for (Segment s : article.segments()) {
          Outcome outcome = answered.contains(s.text()) ? ok(s.text())
              : refused.contains(s.text()) ? failed("scripted: HTTP 456 Quota exceeded")
              : failed("backend stopped: scripted: HTTP 456 Quota exceeded");
          if (outcome instanceof Outcome.Failed) failedTexts.add(s.text());
          expected.add(s.id() + " " + outcome);
        }
      }
      assertEquals(expected, results());
      assertEquals(4, report.failedSegments());
      assertEquals("scripted: HTTP 456 Quota exceeded", report.stoppedReason());
      assertEquals(4, memory.find(SCOPE, answered).size());

      run(renewed, memory, options(1), input.iterator());

      // the next run sends only what failed
      assertEquals(new java.util.HashSet<>(failedTexts), new java.util.HashSet<>(renewed.sentTexts()));
      assertEquals(4, renewed.sentTexts().size());
    }
  }

  @Test
  void onlyTheArticlesOfTheWindowAreHeldAtOnce() throws Exception {
    AtomicInteger pulled = new AtomicInteger();
    int[] most = new int[1];
    Iterator<Article> endless = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pulled.get() < 300;
      }

      @Override
      public Article next() {
        if (!hasNext()) throw new NoSuchElementException();
        int n = pulled.getAndIncrement();
        return article(String.format("a%04d", n), Fixtures.sentence(3 * n), Fixtures.sentence(3 * n + 1),
            Fixtures.sentence(3 * n + 2));
      }
    };
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.items(4));
    EngineOptions options = options(2).newBuilder().windowSegments(20).build();

    try (SqliteMemory memory = SqliteMemory.temporary()) {
      new ConcurrentEngine(backend, memory, SCOPE, options).run(endless, (article, outcomes) -> {
        delivered.add(new Delivered(article, outcomes));
        most[0] = Math.max(most[0], pulled.get() - delivered.size() + 1);
      });
    }

    assertEquals(300, delivered.size());
    // 20 segments of 3-segment articles: at most 7 articles in the window, plus those read ahead and not yet
    // written, plus the one being read
    int bound = 7 + EngineRun.READ_AHEAD + EngineRun.WRITE_BEHIND + 1;
    assertTrue(most[0] <= bound, "held " + most[0] + " articles at once, more than " + bound);
  }

  @Test
  void aReplyThatNeverComesTimesOutAndIsSentAgain() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.items(5), (items, call) -> {
      if (call == 1) {
        try {
          never.await();
        } catch (InterruptedException e) {
          throw new BackendException.Transient("scripted", "call cancelled");
        }
      }
      return ScriptedTranslator.healthy(items);
    });
    EngineOptions options = options(1).newBuilder()
        .retry(RetryPolicy.defaults().withRequestTimeout(Duration.ofMillis(200))).build();

    EngineReport report;
    try (SqliteMemory memory = SqliteMemory.temporary()) {
      report = run(backend, memory, options, List.of(article("a", SENTENCES.get(0))).iterator());
    }

    assertEquals(List.of("a:p1s1 " + ok(SENTENCES.get(0))), results());
    assertEquals(Map.of("transient", 1L), report.retriesByCause());
    assertEquals(2, report.requests());
  }

  @Test
  void aDryRunCountsWhatWouldBeSentAndSendsNothing() throws Exception {
    List<Article> input = List.of(article("a", SENTENCES.get(0), SENTENCES.get(1), SENTENCES.get(2)),
        article("b", SENTENCES.get(2), SENTENCES.get(3)), article("c", SENTENCES.get(1)));
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.items(2));

    EngineReport report;
    try (SqliteMemory memory = SqliteMemory.temporary()) {
      memory.store(SCOPE, Map.of(SENTENCES.get(0), "Iranian state media announced..."));
      report = ConcurrentEngine.dryRun(backend, memory, SCOPE, options(1)).run(input.iterator(), (a, o) -> { });
      assertEquals(Map.of(), memory.find(SCOPE, List.of(SENTENCES.get(1))));
    }

    assertEquals(List.of(), backend.calls());
    assertEquals(3, report.segmentsSent());
    assertEquals(2, report.requests());
    // a repeat either joins its twin on the way or, once the twin is back, finds it in the memory
    assertEquals(3, report.memoryHits() + report.duplicateSegments());
  }
}

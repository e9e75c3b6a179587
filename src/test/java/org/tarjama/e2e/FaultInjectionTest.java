package org.tarjama.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.memory.MemoryLocation;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.SegmentId;
import org.tarjama.pipeline.RunListener;
import org.tarjama.pipeline.RunReport;
import org.tarjama.translate.engine.EngineOptions;
import org.tarjama.translate.engine.RetryPolicy;
import org.tarjama.translate.pseudo.PseudoTranslator;

/**
 * A server that throws every fault a real API throws (429 with Retry-After, 500, dropped connections, replies too
 * slow to wait for, wrong item counts): every segment still ends translated or failed, none is lost or doubled,
 * and every translation is the one the server gave for that very segment.
 */
class FaultInjectionTest {

  @TempDir
  Path dir;

  @Test
  void everySegmentEndsTranslatedOrFailedAndNoneIsLostDoubledOrMisplaced() throws Exception {
    SyntheticArticles.fromSeeds(Path.of("seeds")).write(dir.resolve("in"), 60, 6);
    FakeLibreServer.Fault[] kinds = FakeLibreServer.Fault.values();
    Random random = new Random(11);
    List<FakeLibreServer.Fault> plan = new ArrayList<>();
    // about one request in three goes wrong, every kind of fault equally often
    for (int i = 0; i < 10_000; i++) plan.add(random.nextInt(3) == 0 ? kinds[1 + random.nextInt(kinds.length - 1)] : kinds[0]);

    List<Pair> pairs = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    RunReport report;
    try (FakeLibreServer server = FakeLibreServer.start(Duration.ofMillis(2), 8, n -> plan.get(n % plan.size()), true);
         LoopbackTranslator translator = new LoopbackTranslator(server.url(), 8, 4)) {
      EngineOptions engine = EngineOptions.builder().concurrency(4).memory(MemoryLocation.none()).clock(new NoWaitClock())
          .retry(RetryPolicy.defaults().withRequestTimeout(Duration.ofMillis(300))).build();
      TranslateOptions options = TranslateOptions.builder(List.of(dir.resolve("in").toString()))
          .out(dir.resolve("out")).backend(LoopbackTranslator.NAME).engine(engine).build();
      report = Tarjama.translate(options, translator, new RunListener() {
        @Override
        public void articleWritten(Article article, List<Pair> written) {
          articles.add(article);
          pairs.addAll(written);
        }
      });
      Set<FakeLibreServer.Fault> seen = EnumSet.noneOf(FakeLibreServer.Fault.class);
      server.log().forEach(r -> seen.add(r.fault()));
      assertEquals(EnumSet.allOf(FakeLibreServer.Fault.class), seen);
    }

    assertEquals(60, articles.size());
    Set<SegmentId> ids = new HashSet<>();
    long expected = 0;
    for (Article article : articles) {
      expected += article.segments().size();
      article.segments().forEach(s -> ids.add(s.id()));
    }
    assertEquals(expected, pairs.size());
    assertEquals(ids, new HashSet<>(pairs.stream().map(Pair::id).toList()));
    long failed = 0;
    for (Pair pair : pairs) {
      if (pair.isOk()) {
        assertEquals(PseudoTranslator.forward(pair.ar()), pair.en(), pair.id().toString());
      } else {
        failed++;
        assertEquals("", pair.en());
        assertFalse(pair.reason().isBlank());
      }
    }
    assertEquals(failed, report.counts().failures());
    assertTrue(report.engine().retriesByCause().keySet().containsAll(Set.of("transient", "rate-limited", "malformed-reply")),
        report.engine().retriesByCause().toString());
  }
}

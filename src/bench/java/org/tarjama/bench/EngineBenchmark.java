package org.tarjama.bench;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.tarjama.e2e.FakeLibreServer;
import org.tarjama.e2e.LoopbackRun;
import org.tarjama.e2e.LoopbackTranslator;
import org.tarjama.e2e.NoWaitClock;
import org.tarjama.e2e.SyntheticArticles;
import org.tarjama.memory.MemoryScope;
import org.tarjama.memory.SqliteMemory;
import org.tarjama.model.Article;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.translate.EngineReport;
import org.tarjama.translate.Outcome;
import org.tarjama.translate.SequentialEngine;
import org.tarjama.translate.TranslationEngine;
import org.tarjama.translate.engine.BackendTerms;
import org.tarjama.translate.engine.ConcurrentEngine;
import org.tarjama.translate.engine.EngineOptions;
import org.tarjama.translate.engine.RetryPolicy;
import org.tarjama.translate.pseudo.PseudoTranslator;

/**
 * Throughput, resilience and memory of the concurrent engine against a loopback LibreTranslate-shaped server with a
 * fixed latency and batch limit. Prints segments per second against the ideal (concurrency × batch size ÷ latency,
 * or the rate limit when lower) with the sequential engine as a baseline, checks every segment of a run through
 * injected faults, and the peak resident memory (VmHWM) of child JVMs that translate 20,000 and 100,000 segments.
 *
 * <p>{@code mvn -B -Pbench test-compile exec:java -Dexec.mainClass=org.tarjama.bench.EngineBenchmark}
 */
public final class EngineBenchmark {

  private static final Duration LATENCY = Duration.ofMillis(100);
  private static final int BATCH = 50;
  private static final int CONCURRENCY = 8;
  private static final int PER_ARTICLE = 20;

  private final SyntheticArticles corpus = SyntheticArticles.fromSeeds(Path.of("seeds"));
  private long offset;
  private double lastRequestMillis;

  private EngineBenchmark() {
  }

  /** Runs every part, or only those named: {@code throughput}, {@code faults}, {@code memory}. */
  public static void main(String[] args) throws Exception {
    Set<String> parts = args.length == 0 ? Set.of("throughput", "faults", "memory") : Set.of(args);
    new EngineBenchmark().run(parts);
    System.exit(0);
  }

  private void run(Set<String> parts) throws Exception {
    System.out.printf("EngineBenchmark: loopback LibreTranslate-shaped server, latency %d ms, batch limit %d items,"
        + " %d segments per article, %d cores%n", LATENCY.toMillis(), BATCH, PER_ARTICLE, Runtime.getRuntime().availableProcessors());
    if (parts.contains("throughput")) throughputs();
    if (parts.contains("faults")) faults(20_000);
    if (parts.contains("memory")) {
      // the JVM's own sizing (a quarter of RAM), and the options the ./tarjama launcher uses
      for (List<String> jvm : List.of(List.<String>of(), List.of("-Xmx256m", "-XX:+UseSerialGC"))) {
        memory(20_000, jvm);
        memory(100_000, jvm);
      }
    }
  }

  private void throughputs() throws Exception {
    try (FakeLibreServer server = FakeLibreServer.start(LATENCY, BATCH, n -> FakeLibreServer.Fault.NONE, false)) {
      throughput(server, "warm-up", 10_000, EngineOptions.builder().concurrency(CONCURRENCY).build());

      double baseline = sequential(server, 2_000);
      double ideal = CONCURRENCY * BATCH * 1000.0 / LATENCY.toMillis();
      double achieved = throughput(server, "engine, concurrency " + CONCURRENCY, 20_000,
          EngineOptions.builder().concurrency(CONCURRENCY).build());
      System.out.printf("  => %.1f%% of the ideal %,.0f segments/s (%d × %d ÷ %d ms); %.1f× the sequential baseline%n",
          100 * achieved / ideal, ideal, CONCURRENCY, BATCH, LATENCY.toMillis(), achieved / baseline);
      System.out.printf("     %.1f%% of what the server's measured request time allows%n",
          100 * achieved / (CONCURRENCY * BATCH * 1000.0 / lastRequestMillis));

      double rps = 40;
      int segments = 20_000;
      double limited = throughput(server, "engine, concurrency " + CONCURRENCY + ", " + (int) rps + " requests/s", segments,
          EngineOptions.builder().concurrency(CONCURRENCY)
              .terms(LoopbackTranslator.NAME, BackendTerms.UNLIMITED.withRequestsPerSecond(rps)).build());
      double limitedIdeal = Math.min(ideal, rps * BATCH);
      System.out.printf("  => %.1f%% of the rate-limited ideal %,.0f segments/s (%d requests/s × %d)%n",
          100 * limited / limitedIdeal, limitedIdeal, (int) rps, BATCH);
    }
  }

  /** Segments per second of the concurrent engine over {@code segments} fresh segments. */
  private double throughput(FakeLibreServer server, String label, int segments, EngineOptions options) throws IOException {
    long before = server.requests();
    EngineReport report;
    long start;
    long end;
    AtomicLong ok = new AtomicLong();
    try (LoopbackTranslator translator = new LoopbackTranslator(server.url(), BATCH, CONCURRENCY);
         SqliteMemory memory = SqliteMemory.temporary()) {
      TranslationEngine engine = new ConcurrentEngine(translator, memory,
          MemoryScope.of(translator.name(), translator.model(), Map.of()), options);
      start = System.nanoTime();
      report = engine.run(articles(segments), (article, outcomes) -> ok.addAndGet(translated(outcomes)));
      end = System.nanoTime();
    }
    double seconds = (end - start) / 1e9;
    double rate = segments / seconds;
    lastRequestMillis = report.backendWaitMillis() / (double) Math.max(1, report.requests());
    System.out.printf("%-42s %,8d segments %6.2f s %,8.0f segments/s  (%,d requests averaging %.1f ms, %,d translated,"
            + " %,d failed)%n", label, segments, seconds, rate, server.requests() - before,
        report.backendWaitMillis() / (double) Math.max(1, report.requests()), ok.get(), report.failedSegments());
    return rate;
  }

  /** The sequential engine: one request at a time, packed within one article. */
  private double sequential(FakeLibreServer server, int segments) throws IOException {
    long start = System.nanoTime();
    AtomicLong ok = new AtomicLong();
    try (LoopbackTranslator translator = new LoopbackTranslator(server.url(), BATCH, 1)) {
      new SequentialEngine(translator).run(articles(segments), (article, outcomes) -> ok.addAndGet(translated(outcomes)));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = segments / seconds;
    System.out.printf("%-42s %,8d segments %6.2f s %,8.0f segments/s  (baseline)%n", "sequential engine", segments, seconds, rate);
    return rate;
  }

  /** A run through every kind of fault: each segment must end translated (with its own translation) or failed, once. */
  private void faults(int segments) throws IOException {
    FakeLibreServer.Fault[] kinds = FakeLibreServer.Fault.values();
    Random random = new Random(5);
    List<FakeLibreServer.Fault> plan = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) plan.add(random.nextInt(5) == 0 ? kinds[1 + random.nextInt(kinds.length - 1)] : kinds[0]);
    long[] counts = new long[5];
    Set<SegmentId> seen = new HashSet<>();
    EngineReport report;
    long start = System.nanoTime();
    try (FakeLibreServer server = FakeLibreServer.start(Duration.ofMillis(20), BATCH, n -> plan.get(n % plan.size()), false);
         LoopbackTranslator translator = new LoopbackTranslator(server.url(), BATCH, CONCURRENCY);
         SqliteMemory memory = SqliteMemory.temporary()) {
      EngineOptions options = EngineOptions.builder().concurrency(CONCURRENCY).clock(new NoWaitClock())
          .retry(RetryPolicy.defaults().withRequestTimeout(Duration.ofMillis(300))).build();
      report = new ConcurrentEngine(translator, memory, MemoryScope.of(translator.name(), translator.model(), Map.of()), options)
          .run(articles(segments), (article, outcomes) -> {
            for (Segment s : article.segments()) {
              Outcome o = outcomes.get(s.id());
              if (!seen.add(s.id())) counts[3]++;
              if (o instanceof Outcome.Translated t) {
                counts[0]++;
                if (!t.text().equals(PseudoTranslator.forward(s.text()))) counts[4]++;
              } else if (o instanceof Outcome.Failed) {
                counts[1]++;
              } else {
                counts[2]++;
              }
            }
          });
    }
    System.out.printf("faults (1 request in 5: 429+Retry-After, 500, dropped connection, slow reply, wrong count):%n"
            + "  %,d segments in %.1f s: %,d translated, %,d failed, %,d lost, %,d duplicated, %,d wrong translations;"
            + " %,d requests, retries %s%n", segments, (System.nanoTime() - start) / 1e9, counts[0], counts[1],
        segments - seen.size() + counts[2], counts[3], counts[4], report.requests(), report.retriesByCause());
  }

  /** Peak resident memory of a child JVM that translates {@code segments} segments from files, whole pipeline. */
  private void memory(int segments, List<String> jvmOptions) throws Exception {
    Path dir = Files.createTempDirectory("tarjama-bench-");
    try (FakeLibreServer server = FakeLibreServer.start(Duration.ofMillis(20), BATCH, n -> FakeLibreServer.Fault.NONE, false)) {
      corpus.write(dir.resolve("in"), segments / PER_ARTICLE, PER_ARTICLE);
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
      command.addAll(jvmOptions);
      command.addAll(List.of("-cp", classPath(), LoopbackRun.class.getName(), "--endpoint", server.url(), "--tm",
          dir.resolve("tm.sqlite").toString(), "--out", dir.resolve("out").toString(), "--concurrency", "" + CONCURRENCY,
          "--batch", "" + BATCH, "--rss", dir.resolve("in").toString()));
      long start = System.nanoTime();
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(child.getInputStream().readAllBytes());
      child.waitFor(30, TimeUnit.MINUTES);
      String peak = output.lines().filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM: not reported")
          .replaceAll("\\s+", " ");
      String counts = output.lines().filter(l -> l.startsWith("segments")).findFirst().orElse(output.strip());
      System.out.printf("memory: child JVM %s, whole pipeline over %,d files (%s) in %.1f s: peak RSS %s%n",
          jvmOptions.isEmpty() ? "with default heap sizing" : String.join(" ", jvmOptions), segments / PER_ARTICLE, counts,
          (System.nanoTime() - start) / 1e9, peak);
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private Iterator<Article> articles(int segments) {
    // each run gets sentences no earlier run sent, so nothing comes from a memory or is deduplicated
    Iterator<Article> it = corpus.articles(segments / PER_ARTICLE, PER_ARTICLE, offset);
    offset += segments;
    return it;
  }

  private static long translated(Map<SegmentId, Outcome> outcomes) {
    return outcomes.values().stream().filter(o -> o instanceof Outcome.Translated).count();
  }

  /** The class path of this program, also under exec:java, where it lives in a class loader and not in java.class.path. */
  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (ClassLoader l = EngineBenchmark.class.getClassLoader(); l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          try {
            entries.add(Path.of(url.toURI()).toString());
          } catch (Exception e) {
            entries.add(url.getPath());
          }
        }
      }
    }
    if (entries.isEmpty()) return System.getProperty("java.class.path");
    return String.join(File.pathSeparator, entries);
  }
}

package org.tarjama.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tarjama translate} as a user runs it, against a plain parallel client, in one run: 1,000 articles of 20
 * unique PUD sentences, a LibreTranslate-shaped Python server in its own process (100 ms per request, 50 items a
 * request), concurrency 8, a fresh memory file each round. Per round it times {@code xargs -P 8 curl} posting the
 * same segments 50 to a request, then the built jar as a separate process, and prints the engine's and the whole
 * command's throughput against the ideal (requests × 100 ms ÷ 8) and against the plain client; then the medians.
 *
 * <p>{@code mvn -B -Pbench test-compile exec:java -Dexec.mainClass=org.tarjama.bench.TranslateCommandBenchmark
 * [-Dexec.args=ROUNDS] [-Dbench.reference=OLD.jar [-Dbench.reference.jvm="JVM OPTIONS"]]}; needs {@code python3} and {@code curl}, and
 * {@code target/tarjama.jar} ({@code mvn -B package -DskipTests}), run with the launcher's JVM options (run
 * {@code ./tarjama --version} once first, so it makes its class-data archive). With a reference jar each round also runs it,
 * for a before/after in the same run.
 */
public final class TranslateCommandBenchmark {

  static final int SLEEP_MS = 100;
  static final int BATCH = 50;
  static final int CONCURRENCY = 8;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path work;
  private final SlowServer server;

  private TranslateCommandBenchmark(Path work, SlowServer server) {
    this.work = work;
    this.server = server;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path work = Files.createTempDirectory("tarjama-translate-bench-");
    Path input = work.resolve("in");
    new PudArticles().write(input, 1000, 20, 5);
    try (SlowServer server = SlowServer.start(work, SLEEP_MS, BATCH)) {
      new TranslateCommandBenchmark(work, server).rounds(input, rounds);
    } finally {
      Bench.delete(work);
    }
    System.exit(0);
  }

  private void rounds(Path input, int rounds) throws Exception {
    List<Path> bodies = requestBodies(input);
    System.out.printf("TranslateCommandBenchmark: %d requests of up to %d items, server sleep %d ms, concurrency %d,"
        + " %d cores, load %s%n", bodies.size(), BATCH, SLEEP_MS, CONCURRENCY, Runtime.getRuntime().availableProcessors(),
        Bench.load());
    double[] client = new double[rounds];
    double[] engine = new double[rounds];
    double[] whole = new double[rounds];
    double[] engineVsClient = new double[rounds];
    String reference = System.getProperty("bench.reference", "");
    double[] referenceWhole = new double[rounds];
    double[] referenceEngine = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      double ideal = bodies.size() * SLEEP_MS / 1000.0 / CONCURRENCY;
      double c = plainClient(bodies);
      Run t = translate(input, r);
      double tIdeal = t.requests * SLEEP_MS / 1000.0 / CONCURRENCY;
      client[r] = ideal / c;
      engine[r] = tIdeal / t.engineSeconds;
      whole[r] = tIdeal / t.wallSeconds;
      engineVsClient[r] = engine[r] / client[r];
      if (!reference.isEmpty()) {
        // the reference as its own launcher ran it (before the class-data archive and the quick JIT, by default)
        List<String> referenceJvm = List.of(System.getProperty("bench.reference.jvm", "-Xmx256m -XX:+UseSerialGC")
            .strip().split("\\s+"));
        Run old = translate(Path.of(reference).toAbsolutePath(), referenceJvm, input, rounds + r);
        double oldIdeal = old.requests * SLEEP_MS / 1000.0 / CONCURRENCY;
        referenceEngine[r] = oldIdeal / old.engineSeconds;
        referenceWhole[r] = oldIdeal / old.wallSeconds;
        System.out.printf("round %d: reference %s: engine %.2f s (%.2f of ideal), whole command %.2f s (%.2f of ideal)%n",
            r + 1, Path.of(reference).getFileName(), old.engineSeconds, referenceEngine[r], old.wallSeconds, referenceWhole[r]);
      }
      System.out.printf("round %d: plain client %.2f s (%.2f of ideal %.2f s); tarjama %d requests, engine %.2f s"
              + " (%.2f of ideal %.2f s, %.2f of the plain client), whole command %.2f s (%.2f of ideal); %s%n",
          r + 1, c, client[r], ideal, t.requests, t.engineSeconds, engine[r], tIdeal, engineVsClient[r], t.wallSeconds,
          whole[r], t.summary);
    }
    System.out.printf("medians of %d rounds: plain client %.2f of ideal; tarjama engine %.2f of ideal = %.2f of the"
        + " plain client; whole command %.2f of ideal%n", rounds, Bench.median(client), Bench.median(engine),
        Bench.median(engineVsClient), Bench.median(whole));
    if (!reference.isEmpty()) {
      System.out.printf("medians of %d rounds, reference jar: engine %.2f of ideal, whole command %.2f of ideal%n", rounds,
          Bench.median(referenceEngine), Bench.median(referenceWhole));
    }
  }

  /** The segments {@code tarjama segment} finds, 50 to a LibreTranslate request body, one file each. */
  private List<Path> requestBodies(Path input) throws Exception {
    Bench.Result segmented = Bench.run(work, List.of(Bench.java(), "-jar", Bench.jar().toString(), "segment", input.toString()));
    List<String> segments = segmented.stdout().lines().filter(l -> !l.isBlank()).toList();
    Path dir = Files.createDirectories(work.resolve("bodies"));
    List<Path> bodies = new ArrayList<>();
    for (int i = 0; i < segments.size(); i += BATCH) {
      ObjectNode body = JSON.createObjectNode();
      ArrayNode q = body.putArray("q");
      segments.subList(i, Math.min(segments.size(), i + BATCH)).forEach(q::add);
      body.put("source", "ar").put("target", "en").put("format", "text");
      Path file = dir.resolve(String.format("%05d.json", i / BATCH));
      Files.writeString(file, JSON.writeValueAsString(body), StandardCharsets.UTF_8);
      bodies.add(file);
    }
    return bodies;
  }

  /** Seconds {@code xargs -P 8 curl} takes to post every body. */
  private double plainClient(List<Path> bodies) throws Exception {
    Path list = work.resolve("bodies.txt");
    Files.write(list, bodies.stream().map(Path::toString).toList());
    long start = System.nanoTime();
    Bench.run(work, List.of("sh", "-c", "xargs -P " + CONCURRENCY + " -I{} curl -sf -o /dev/null -H 'Content-Type:"
        + " application/json' --data-binary @{} " + server.url() + "/translate < " + list));
    return (System.nanoTime() - start) / 1e9;
  }

  record Run(long requests, double engineSeconds, double wallSeconds, String summary) {
  }

  /** {@code tarjama translate} as a separate process with the launcher's JVM options and a fresh memory file. */
  private Run translate(Path input, int round) throws Exception {
    return translate(Bench.jar(), Bench.launcherOptions(Bench.jar()), input, round);
  }

  private Run translate(Path jar, List<String> jvm, Path input, int round) throws Exception {
    Path out = work.resolve("out" + round);
    List<String> command = new ArrayList<>(List.of(Bench.java()));
    command.addAll(jvm);
    command.addAll(Bench.extraJvmOptions());
    command.addAll(List.of("-jar", jar.toString(), "translate", input.toString(), "--backend",
        "libretranslate", "--endpoint", server.url(), "--concurrency", "" + CONCURRENCY, "--tm",
        work.resolve("tm" + round + ".sqlite").toString(), "--out", out.toString()));
    long start = System.nanoTime();
    Bench.Result result = Bench.run(work, command);
    double wall = (System.nanoTime() - start) / 1e9;
    JsonNode engine = JSON.readTree(out.resolve("run.json").toFile()).path("engine");
    String summary = result.stderr().lines().filter(l -> l.startsWith("tarjama: ") && l.contains(" segments ("))
        .reduce((first, last) -> last).orElse("").strip();
    Bench.delete(out);
    return new Run(engine.path("requests").asLong(), engine.path("engineMillis").asLong() / 1000.0, wall,
        summary + String.format("; backend wait %.1f ms a request", engine.path("backendWaitMillis").asDouble()
            / Math.max(1, engine.path("requests").asLong())));
  }
}

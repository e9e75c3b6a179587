package org.tarjama.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a rate-limited {@code tarjama translate} sits on its limit: the built jar as a separate process against
 * the Python LibreTranslate-shaped server (100 ms a request, concurrency 8), for about a minute with a limit on
 * requests per second and again with a limit on characters per minute. From the server's own log it prints the
 * rate measured from the second request's start to the last one's (the first reaches the server late, after
 * opening the connection; the last request's characters are paid after the clock stops) as a share of the limit, and the most requests seen in any one second.
 *
 * <p>{@code mvn -B -Pbench test-compile exec:java -Dexec.mainClass=org.tarjama.bench.RateLimitBenchmark
 * [-Dexec.args="REQUESTS_PER_SECOND CHARS_PER_MINUTE SECONDS"]} (default 40 120000 60).
 */
public final class RateLimitBenchmark {

  private static final int ITEMS = 10;

  private RateLimitBenchmark() {
  }

  record Request(double start, double end, int items, long chars) {
  }

  public static void main(String[] args) throws Exception {
    double rps = args.length > 0 ? Double.parseDouble(args[0]) : 40;
    long cpm = args.length > 1 ? Long.parseLong(args[1]) : 120_000;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    Path work = Files.createTempDirectory("tarjama-rate-bench-");
    try {
      System.out.printf("RateLimitBenchmark: %d cores, load %s%n", Runtime.getRuntime().availableProcessors(), Bench.load());
      // enough sentences for the run to last a little over the minute at the limit
      int requests = (int) (rps * seconds) + 40;
      Path byRequests = work.resolve("by-requests");
      PudArticles pud = new PudArticles();
      pud.write(byRequests, requests * ITEMS / 20, 20, 5);
      List<Request> r = run(work, byRequests, "--max-requests-per-second", "" + rps);
      // from the second request: the first also opens the connection and warms the JVM, so it reaches the
      // server late and would make the span look shorter than the client's
      double span = r.get(r.size() - 1).start - r.get(1).start;
      double rate = (r.size() - 2) / span;
      System.out.printf("limit %.0f requests/s: %,d requests over %.1f s = %.2f requests/s, %.1f%% of the limit;"
          + " at most %d requests in any 1-second window%n", rps, r.size(), span, rate, 100 * rate / rps, busiestSecond(r));

      Path byChars = work.resolve("by-chars");
      // about 100 characters a sentence
      pud.write(byChars, (int) (cpm / 60.0 * seconds / 100 / 20) + 2, 20, 5);
      List<Request> c = run(work, byChars, "--max-chars-per-minute", "" + cpm);
      double cSpan = c.get(c.size() - 1).start - c.get(1).start;
      long chars = c.stream().mapToLong(Request::chars).sum() - c.get(0).chars - c.get(c.size() - 1).chars;
      double perMinute = chars / cSpan * 60;
      System.out.printf("limit %,d characters/min: %,d requests over %.1f s = %,.0f characters/min, %.1f%% of the limit%n",
          cpm, c.size(), cSpan, perMinute, 100 * perMinute / cpm);
    } finally {
      Bench.delete(work);
    }
    System.exit(0);
  }

  private static List<Request> run(Path work, Path input, String... limit) throws Exception {
    try (SlowServer server = SlowServer.start(work, TranslateCommandBenchmark.SLEEP_MS, TranslateCommandBenchmark.BATCH)) {
      List<String> command = new ArrayList<>(List.of(Bench.java()));
      command.addAll(Bench.launcherOptions(Bench.jar()));
      command.addAll(List.of("-jar", Bench.jar().toString(), "translate", input.toString(), "--backend", "libretranslate",
          "--endpoint", server.url(), "--concurrency", "" + TranslateCommandBenchmark.CONCURRENCY, "-o", "max-items=" + ITEMS, "--no-tm", "--out",
          work.resolve("out").toString()));
      command.addAll(List.of(limit));
      Bench.run(work, command);
      Bench.delete(work.resolve("out"));
      List<Request> requests = new ArrayList<>();
      for (String line : server.requests()) {
        String[] f = line.split(" ");
        requests.add(new Request(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3])));
      }
      requests.sort((a, b) -> Double.compare(a.start, b.start));
      return requests;
    }
  }

  /** The most request starts in any window of one second. */
  private static int busiestSecond(List<Request> sorted) {
    int most = 0;
    int from = 0;
    for (int to = 0; to < sorted.size(); to++) {
      while (sorted.get(to).start - sorted.get(from).start >= 1.0) from++;
      most = Math.max(most, to - from + 1);
    }
    return most;
  }
}

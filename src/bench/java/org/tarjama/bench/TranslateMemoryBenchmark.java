package org.tarjama.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Peak resident memory (VmHWM) of {@code tarjama translate} as a separate process with the launcher's JVM options,
 * whole pipeline with a fresh memory file, over 10,000, 100,000 and 1,000,000 unique PUD segments (20 to an
 * article) against the Python LibreTranslate-shaped server answering at once. The peak is read from
 * {@code /proc/PID/status} every 50 ms until the process ends.
 *
 * <p>{@code mvn -B -Pbench test-compile exec:java -Dexec.mainClass=org.tarjama.bench.TranslateMemoryBenchmark
 * [-Dexec.args="10000 100000 1000000"]}
 */
public final class TranslateMemoryBenchmark {

  private TranslateMemoryBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String a : args) sizes.add(Integer.parseInt(a));
    if (sizes.isEmpty()) sizes.addAll(List.of(10_000, 100_000, 1_000_000));
    System.out.printf("TranslateMemoryBenchmark: %s %s, %d cores, load %s%n", Bench.launcherOptions(Bench.jar()),
        Bench.extraJvmOptions(), Runtime.getRuntime().availableProcessors(), Bench.load());
    for (int segments : sizes) {
      Path work = Files.createTempDirectory("tarjama-memory-bench-");
      try (SlowServer server = SlowServer.start(work, 0, TranslateCommandBenchmark.BATCH)) {
        new PudArticles().write(work.resolve("in"), segments / 20, 20, 5);
        List<String> command = new ArrayList<>(List.of(Bench.java()));
        command.addAll(Bench.launcherOptions(Bench.jar()));
        command.addAll(Bench.extraJvmOptions());
        command.addAll(List.of("-jar", Bench.jar().toString(), "translate", work.resolve("in").toString(), "--backend", "libretranslate", "--endpoint", server.url(),
            "--concurrency", "" + TranslateCommandBenchmark.CONCURRENCY, "--tm", work.resolve("tm.sqlite").toString(),
            "--out", work.resolve("out").toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
            .redirectOutput(work.resolve("log.txt").toFile()).start();
        long peakKb = 0;
        Path status = Path.of("/proc", "" + p.pid(), "status");
        while (p.isAlive()) {
          try {
            for (String line : Files.readAllLines(status)) {
              if (line.startsWith("VmHWM:")) peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
            }
          } catch (java.io.IOException e) {
            // the process ended between the check and the read
          }
          Thread.sleep(50);
        }
        String summary = Files.readAllLines(work.resolve("log.txt")).stream()
            .filter(l -> l.startsWith("tarjama: ") && l.contains(" segments (")).reduce((first, last) -> last)
            .orElse("exit " + p.exitValue());
        System.out.printf("%,d segments: peak RSS %,d MB in %.1f s (%s)%n", segments, peakKb / 1024,
            (System.nanoTime() - start) / 1e9, summary.strip());
      } finally {
        Bench.delete(work);
      }
    }
    System.exit(0);
  }
}

package org.tarjama.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** What the whole-process benchmarks share: running a child process, the built jar, medians. */
final class Bench {

  private Bench() {
  }

  record Result(int exit, String stdout, String stderr) {
  }

  /** Runs {@code command} in {@code dir} to the end; a non-zero exit is an error with its stderr. */
  static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    p.getOutputStream().close();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    String out = read(p.getInputStream());
    int exit = p.waitFor();
    Result result = new Result(exit, out, err.join());
    if (exit != 0 && exit != 1) throw new IOException(command.get(0) + " exited " + exit + ": " + result.stderr);
    return result;
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The runnable jar {@code ./tarjama} runs. */
  static Path jar() throws IOException {
    Path jar = Path.of("target", "tarjama.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) throw new IOException(jar + " is missing: run mvn -B package -DskipTests first");
    return jar;
  }

  /**
   * The JVM options {@code ./tarjama} runs {@code jar} with: its bounded heap, serial collector and quick JIT, and the
   * class-data archive it makes beside the jar once per build, when there is one for this jar.
   */
  static List<String> launcherOptions(Path jar) throws IOException {
    List<String> options = new java.util.ArrayList<>(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    Path archive = jar.resolveSibling("tarjama.jsa");
    if (Files.isRegularFile(archive)
        && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
      options.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    }
    return options;
  }

  /** JVM options for the measured child, from {@code -Dbench.jvm="..."} (e.g. a flight recording). */
  static List<String> extraJvmOptions() {
    String options = System.getProperty("bench.jvm", "").strip();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }

  static double median(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    int n = copy.length;
    return n % 2 == 1 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2;
  }

  /** The load average, so a reader can judge how busy the shared machine was. */
  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}

package org.tarjama.bench;

import com.ibm.icu.text.BreakIterator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tarjama.io.InputLimits;

/**
 * {@code tarjama segment} as a whole process (JVM start, read, decode, clean, learn the batch template, split,
 * print) against ICU4J's sentence BreakIterator as a whole process ({@link IcuSplit}: read, split, print) on the
 * same 20 MB of PUD paragraphs as 5,644 article files, and on their first 8 MB as one file (the most one article
 * may be): tarjama with the launcher's JVM options (bounded heap, serial collector, quick JIT, class-data archive),
 * ICU4J with {@code -Xmx256m -XX:+UseSerialGC}. Prints each round's times and the medians of tarjama's speed as a
 * share of ICU4J's; a reference jar runs with {@code -Dbench.reference.jvm} (default: the ICU4J options).
 *
 * <p>With {@code -Dbench.reference=OLD.jar} it first checks that the built jar prints exactly what {@code OLD.jar}
 * prints on the seeds (plain and {@code --jsonl}), on the PUD articles and on the one-file corpus.
 *
 * <p>{@code -Dbench.jvm="OPTIONS"} adds JVM options to the measured {@code tarjama} process only (for example
 * {@code -XX:TieredStopAtLevel=1}, to weigh a launcher change).
 *
 * <p>{@code mvn -B -Pbench test-compile exec:java -Dexec.mainClass=org.tarjama.bench.SegmentCommandBenchmark
 * [-Dexec.args=ROUNDS]}; needs {@code target/tarjama.jar} ({@code mvn -B package -DskipTests}).
 */
public final class SegmentCommandBenchmark {

  private static final int FILES = 5_644;
  private static final long BYTES = 20_000_000;
  private static final List<String> JVM = List.of("-Xmx256m", "-XX:+UseSerialGC");

  private SegmentCommandBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path work = Files.createTempDirectory("tarjama-segment-bench-");
    try {
      Path dir = work.resolve("articles");
      new PudArticles().writeBytes(dir, FILES, BYTES, 5);
      Path one = work.resolve("one.txt");
      // one article may be at most 8 MB (InputLimits.DEFAULT): the one-file case is the first 8 MB of the same text
      PudArticles.join(dir, one, InputLimits.DEFAULT.maxBytes());
      String reference = System.getProperty("bench.reference", "");
      if (!reference.isEmpty()) sameOutput(work, Path.of(reference), List.of(Path.of("seeds"), dir, one));
      run(work, rounds, dir, one, reference.isEmpty() ? null : Path.of(reference).toAbsolutePath());
    } finally {
      Bench.delete(work);
    }
    System.exit(0);
  }

  private static void run(Path work, int rounds, Path dir, Path one, @Nullable Path reference) throws Exception {
    System.out.printf("SegmentCommandBenchmark: %,d bytes of PUD paragraphs in %,d files; their first %,d bytes as one"
        + " file; %d cores, load %s%n", BYTES, FILES, Files.size(one), Runtime.getRuntime().availableProcessors(), Bench.load());
    double[] files = new double[rounds];
    double[] single = new double[rounds];
    double[] old = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      double icuFiles = seconds(work, icu(dir));
      double ourFiles = seconds(work, tarjama(Bench.jar(), "segment", dir.toString()));
      double icuOne = seconds(work, icu(one));
      double ourOne = seconds(work, tarjama(Bench.jar(), "segment", one.toString()));
      files[r] = icuFiles / ourFiles;
      single[r] = icuOne / ourOne;
      if (reference != null) {
        old[r] = icuFiles / seconds(work, tarjama(reference, "segment", dir.toString()));
        System.out.printf("round %d: reference %s on %,d files: %.2f× ICU4J's speed%n", r + 1, reference.getFileName(),
            FILES, old[r]);
      }
      System.out.printf("round %d: %,d files: ICU4J %.2f s, tarjama segment %.2f s (%.2f× ICU4J's speed); one file:"
          + " ICU4J %.2f s, tarjama segment %.2f s (%.2f×)%n", r + 1, FILES, icuFiles, ourFiles, files[r], icuOne, ourOne,
          single[r]);
    }
    System.out.printf("medians of %d rounds: tarjama segment at %.2f× ICU4J's whole-process speed on %,d files, %.2f×"
        + " on one file%n", rounds, Bench.median(files), FILES, Bench.median(single));
    if (reference != null) System.out.printf("median, reference jar on %,d files: %.2f×%n", FILES, Bench.median(old));
  }

  /** Fails unless {@code reference} and the built jar print the same on each input, plain and as JSONL. */
  private static void sameOutput(Path work, Path reference, List<Path> inputs) throws Exception {
    for (Path input : inputs) {
      for (List<String> flags : List.of(List.<String>of(), List.of("--jsonl"))) {
        List<String> args = new ArrayList<>(List.of("segment", input.toAbsolutePath().toString()));
        args.addAll(flags);
        String before = Bench.run(work, tarjama(reference.toAbsolutePath(), args.toArray(String[]::new))).stdout();
        String after = Bench.run(work, tarjama(Bench.jar(), args.toArray(String[]::new))).stdout();
        if (!before.equals(after)) throw new AssertionError("output differs from " + reference + " on " + input + " " + flags);
        System.out.printf("same output as %s: %s %s (%,d chars)%n", reference.getFileName(), input.getFileName(),
            flags, after.length());
      }
    }
  }

  private static double seconds(Path work, List<String> command) throws Exception {
    long start = System.nanoTime();
    Bench.run(work, command);
    return (System.nanoTime() - start) / 1e9;
  }

  /** The built jar with the launcher's JVM options; a reference jar with those its own launcher used. */
  private static List<String> tarjama(Path jar, String... args) throws java.io.IOException {
    List<String> command = new ArrayList<>(List.of(Bench.java()));
    command.addAll(jar.equals(Bench.jar()) ? Bench.launcherOptions(jar)
        : List.of(System.getProperty("bench.reference.jvm", String.join(" ", JVM)).strip().split("\\s+")));
    command.addAll(Bench.extraJvmOptions());
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(args));
    return command;
  }

  private static List<String> icu(Path input) throws Exception {
    String classPath = location(IcuSplit.class) + File.pathSeparator + location(BreakIterator.class);
    List<String> command = new ArrayList<>(List.of(Bench.java()));
    command.addAll(JVM);
    command.addAll(List.of("-cp", classPath, IcuSplit.class.getName(), input.toString()));
    return command;
  }

  private static String location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}

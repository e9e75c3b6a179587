package org.tarjama.translate.gloss;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * How long loading the installed dictionary takes, against a baseline run side by side: only decompressing the
 * {@code .dict.dz} and reading the {@code .index} lines, which any loader must do. Run with
 * {@code java -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
 * org.tarjama.translate.gloss.GlossLoadBench}. WordNet's first load is timed once (it is cached per JVM).
 */
final class GlossLoadBench {

  private GlossLoadBench() {
  }

  public static void main(String[] args) throws IOException {
    Path dir = GlossProvider.directory(org.tarjama.translate.BackendSettings.fromEnvironment());
    long wordNetStart = System.nanoTime();
    EnglishUsage.wordNet();
    long wordNetMillis = (System.nanoTime() - wordNetStart) / 1_000_000;
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    long baseline = 0;
    long load = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      int lines = readOnly(dir);
      long mid = System.nanoTime();
      FreeDict dictionary = FreeDict.load(dir);
      long end = System.nanoTime();
      // The first two rounds warm the JIT and the page cache.
      if (round >= 2) {
        baseline += mid - start;
        load += end - mid;
      }
      if (lines == 0 || dictionary.headwords() == 0) throw new IllegalStateException("empty dictionary in " + dir);
    }
    int counted = Math.max(1, rounds - 2);
    System.out.printf("baseline (gunzip + read index lines): %.0f ms%n", baseline / 1e6 / counted);
    System.out.printf("FreeDict.load: %.0f ms = %.2f x baseline%n", load / 1e6 / counted, (double) load / baseline);
    System.out.printf("WordNet counts and case, first load: %d ms%n", wordNetMillis);
  }

  private static int readOnly(Path dir) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(FreeDict.textFile(dir)), 1 << 16)) {
      in.readAllBytes();
    }
    int lines = 0;
    try (BufferedReader r = Files.newBufferedReader(FreeDict.indexFile(dir), StandardCharsets.UTF_8)) {
      while (r.readLine() != null) lines++;
    }
    return lines;
  }
}

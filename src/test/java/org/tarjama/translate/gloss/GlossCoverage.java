package org.tarjama.translate.gloss;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;

/**
 * How many Arabic words of the seed articles get an English gloss rather than a transliteration. Words are the
 * maximal runs of Arabic letters of the raw seed files. {@code mvn -q -B test -Dtest=GlossCoverageTest} prints the
 * figure; this class's {@code main} also lists the unknown words, the load time, and (with any argument) every
 * seed line with its gloss.
 */
final class GlossCoverage {

  final int words;
  final int glossed;
  final Map<String, Integer> unknown;

  private GlossCoverage(int words, int glossed, Map<String, Integer> unknown) {
    this.words = words;
    this.glossed = glossed;
    this.unknown = unknown;
  }

  static GlossCoverage of(Glosser glosser, List<Path> files) throws IOException {
    int words = 0;
    int glossed = 0;
    Map<String, Integer> unknown = new TreeMap<>();
    for (Path file : files) {
      for (WordGloss w : glosser.words(Files.readString(file, StandardCharsets.UTF_8))) {
        words++;
        if (w.known()) {
          glossed++;
        } else {
          unknown.merge(w.arabic(), 1, Integer::sum);
        }
      }
    }
    return new GlossCoverage(words, glossed, unknown);
  }

  static List<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  double ratio() {
    return words == 0 ? 0 : (double) glossed / words;
  }

  @Override
  public String toString() {
    return String.format("gloss coverage on %d seed words: %d glossed = %.4f", words, glossed, ratio());
  }

  public static void main(String[] args) throws IOException, BackendUnavailableException {
    long start = System.nanoTime();
    GlossTranslator translator = new GlossProvider().create(BackendSettings.fromEnvironment());
    long loaded = System.nanoTime();
    Glosser glosser = translator.glosser();
    GlossCoverage coverage = of(glosser, seeds());
    System.out.println(coverage);
    System.out.printf("model %s, loaded in %d ms%n", translator.model(), (loaded - start) / 1_000_000);
    System.out.println("unknown: " + coverage.unknown);
    if (args.length > 0) {
      for (Path seed : seeds()) {
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
          if (line.isBlank()) continue;
          System.out.println(line);
          System.out.println(glosser.gloss(line));
          System.out.println();
        }
      }
    }
  }
}

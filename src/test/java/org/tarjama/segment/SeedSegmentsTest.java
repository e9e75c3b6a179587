package org.tarjama.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarjama.clean.CleanText;
import org.tarjama.clean.NewsCleaner;

/** Cleaning then segmenting each seed gives exactly the gold sentences of {@code segment/seeds-gold.txt}. */
class SeedSegmentsTest {

  private final NewsCleaner cleaner = new NewsCleaner();
  private final ArabicSegmenter segmenter = new ArabicSegmenter();

  @ParameterizedTest(name = "{0} has {1} segments")
  @CsvSource({
      "000_91a9c68b0668d241, 11",
      "001_992054940200dc08, 13",
      "002_ed1005ffcad7e6ee, 13",
      "003_e2e31be185229538, 9",
      "004_2fc5d2ec209e6642, 11"})
  void splitsEachSeedIntoItsGoldSentences(String id, int count) throws IOException {
    CleanText clean = cleaner.clean(id, Files.readString(Path.of("seeds", id + ".txt"), StandardCharsets.UTF_8));
    List<String> segments = clean.paragraphs().stream()
        .flatMap(p -> segmenter.segments(id, p, Segmenter.NO_LIMIT).stream())
        .map(s -> s.id() + " " + s.text()).toList();
    List<String> gold = GoldParagraphs.seeds().stream().filter(p -> p.article().equals(id))
        .flatMap(p -> sentenceIds(id, p)).toList();
    assertEquals(count, segments.size());
    assertEquals(gold, segments);
  }

  private static java.util.stream.Stream<String> sentenceIds(String id, GoldParagraphs p) {
    return java.util.stream.IntStream.range(0, p.sentences().size())
        .mapToObj(i -> id + ":p" + p.index() + "s" + (i + 1) + " " + p.sentences().get(i));
  }
}

package org.tarjama.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.model.Pair;
import org.tarjama.model.SegmentId;

class TargetLanguageTest {

  @Test
  void noReferenceTranslationInPudIsFlaggedNotEnglish() throws IOException {
    List<String> flagged = new ArrayList<>();
    for (String half : List.of("pud-ar-en.dev.tsv", "pud-ar-en.test.tsv")) {
      List<String> lines = Files.readAllLines(LengthCalibrationTest.shared(half), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] cols = line.split("\t", -1);
        ScoreSheet sheet = new ScoreSheet();
        new TargetLanguage().score(Pair.ok(new SegmentId(cols[0], 1, 1), cols[2], cols[3], "reference", ""), sheet);
        if (sheet.toQuality(org.tarjama.model.Quality.none()).flagged(Flags.NOT_ENGLISH)) flagged.add(cols[3]);
      }
    }
    assertEquals(List.of(), flagged);
  }
}

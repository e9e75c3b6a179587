package org.tarjama.translate.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GlossCoverageTest {

  @Test
  void atLeastFourFifthsOfTheSeedWordsGetAnEnglishGloss() throws IOException {
    GlossCoverage coverage = GlossCoverage.of(InstalledDictionary.glosser(), GlossCoverage.seeds());
    System.out.println(coverage);
    assertEquals(5, GlossCoverage.seeds().size());
    assertTrue(coverage.words > 1500, coverage::toString);
    assertTrue(coverage.ratio() >= 0.80, coverage::toString);
  }

  @Test
  void noArabicScriptIsLeftInTheGlossOfAnySeedLine() throws IOException {
    Glosser glosser = InstalledDictionary.glosser();
    int lines = 0;
    for (Path seed : GlossCoverage.seeds()) {
      for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
        String gloss = glosser.gloss(line);
        lines++;
        assertTrue(gloss.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC),
            () -> seed.getFileName() + ": " + line + "\n -> " + gloss);
      }
    }
    assertTrue(lines > 50);
  }
}

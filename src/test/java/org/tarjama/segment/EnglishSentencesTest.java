package org.tarjama.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishSentencesTest {

  @Test
  void abbreviationsDoNotEndASentence() {
    assertEquals(List.of("Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5.", "They talked."),
        EnglishSentences.split("Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5. They talked."));
  }

  @Test
  void aLineBreakAlwaysEndsASentenceAndBlankLinesGiveNone() {
    assertEquals(List.of("Headline without a stop", "The story begins here."),
        EnglishSentences.split("Headline without a stop\n\n  The story begins here.\n"));
  }
}

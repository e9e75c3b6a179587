package org.tarjama.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SourceTextTest {

  @Test
  void whiteSpaceRunsOfAnyKindBecomeOneSpace() {
    assertEquals("قال الوزير إن الاتفاق شامل",
        SourceText.normalise("  قال\u00a0الوزير \t إن\u2003الاتفاق\n شامل "));
  }

  @Test
  void decomposedLettersAreComposed() {
    // alef + combining hamza above (U+0627 U+0654) is NFC-composed to alef with hamza above (U+0623)
    assertEquals("\u0623علن", SourceText.normalise("\u0627\u0654علن"));
  }

  @Test
  void lettersAreNeverFolded() {
    assertNotEquals(SourceText.normalise("أعلن"), SourceText.normalise("اعلن"));
    assertNotEquals(SourceText.normalise("مدرسة"), SourceText.normalise("مدرسه"));
    assertNotEquals(SourceText.normalise("عَلِمَ"), SourceText.normalise("علم"));
    assertNotEquals(SourceText.normalise("عـلم"), SourceText.normalise("علم"));
  }

  @Test
  void zeroWidthCharactersAreKept() {
    assertEquals("لا\u200cيزال", SourceText.normalise("لا\u200cيزال"));
  }
}

package org.tarjama.translate.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DictdNumberTest {

  @Test
  void digitsRunFromUppercaseThroughLowercaseAndDigitsToPlusAndSlash() {
    assertEquals(0, DictdNumber.decode("A"));
    assertEquals(1, DictdNumber.decode("B"));
    assertEquals(26, DictdNumber.decode("a"));
    assertEquals(52, DictdNumber.decode("0"));
    assertEquals(62, DictdNumber.decode("+"));
    assertEquals(63, DictdNumber.decode("/"));
  }

  @Test
  void mostSignificantDigitComesFirst() {
    assertEquals(64, DictdNumber.decode("BA"));
    assertEquals(27, DictdNumber.decode("b"));
    // الوزير in freedict-ara-eng.index: offset G+Km, length z
    assertEquals(6 * 64 * 64 * 64 + 62 * 64 * 64 + 10 * 64 + 38, DictdNumber.decode("G+Km"));
    assertEquals(51, DictdNumber.decode("z"));
  }

  @Test
  void encodingIsTheInverseOfDecoding() {
    for (long n : new long[] {0, 1, 63, 64, 4095, 4096, 3_084_109}) {
      assertEquals(n, DictdNumber.decode(DictdNumber.encode(n)));
    }
    assertEquals("BA", DictdNumber.encode(64));
  }

  @Test
  void paddingAndForeignCharactersAreRejectedWithTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DictdNumber.decode("Bq=="));
    assertEquals("not a dictd number: 'Bq=='", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DictdNumber.decode(""));
  }
}

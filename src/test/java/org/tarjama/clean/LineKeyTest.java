package org.tarjama.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineKeyTest {

  @Test
  void foldsLikeLowerCaseThenLucene() {
    assertEquals("قال الرئيس ان المدرسه 2020 اولا", LineKey.of("قالَ الرئيس إنّ المدرسة ٢٠٢٠ أولاً"));
    assertEquals("علي مستشفي abc", LineKey.of("على مستشفى ABC"));
    assertEquals("حجم الخط", LineKey.bare("حجم الخـــط:"));
  }

  @Test
  void foldsEveryAsciiAndArabicCharAsLuceneDoes() {
    // LineKey folds such lines in one pass of its own; it must give what lower case plus Lucene give
    StringBuilder chars = new StringBuilder();
    for (char c = 0; c < 0x80; c++) chars.append(c);
    for (char c = '\u0600'; c <= '\u06FF'; c++) chars.append(c);
    for (char c = '\u0750'; c <= '\u077F'; c++) chars.append(c);
    for (int i = 0; i < chars.length(); i++) {
      String line = "أمس " + chars.charAt(i) + "ةً" + chars.charAt(i);
      char c = chars.charAt(i);
      assertEquals(LineKey.foldByLucene(line), LineKey.of(line), () -> "U+" + Integer.toHexString(c));
    }
    assertEquals("ي é", LineKey.of("ى É"));
  }
}

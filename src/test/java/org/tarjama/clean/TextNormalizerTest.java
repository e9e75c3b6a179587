package org.tarjama.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per row of the normalisation table in shared/arabic.md. */
class TextNormalizerTest {

  private final TextNormalizer normalizer = new TextNormalizer();

  @Test
  void composesHamzaWithNfc() {
    assertEquals("أعلن", normalizer.normalize("ا\u0654علن"));
  }

  @Test
  void appliesNfkcToPresentationFormsOnly() {
    assertEquals("لا الله", normalizer.normalize("\uFEFB \uFDF2"));
    assertEquals("قال…", normalizer.normalize("قال…"));
    assertEquals("100 \uFDFC", normalizer.normalize("100 \uFDFC"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "decorative tatweel between letters goes | جميـــل جداً | جميل جداً",
      "tatweel after al- before digits stays   | طائرات الـ84 | طائرات الـ84",
      "tatweel after al- before Latin stays    | عناصر الـCIA | عناصر الـCIA",
      "tatweel after a prefix before a quote   | إصابة بـ \"كورونا\" | إصابة بـ \"كورونا\"",
      "Hijri marker keeps its tatweel          | عام 1442هـ | عام 1442هـ",
      "tatweel standing for a dash stays       | سوريا ـ إيران | سوريا ـ إيران",
      "tatweel at the end of a long word goes  | العسكريـــ فقط | العسكري فقط"})
  void removesTatweelOnlyWhereItIsDecoration(String name, String input, String expected) {
    assertEquals(expected, normalizer.normalize(input));
  }

  @Test
  void keepsHarakat() {
    assertEquals("أعدادٌ متزايدةٌ", normalizer.normalize("أعدادٌ متزايدةٌ"));
  }

  @Test
  void deletesInvisibleControlsWithoutSplittingWords() {
    assertEquals("الوزير قال", normalizer.normalize("\uFEFFال\u200Fوز\u200Bير\u200C \u202Bقال\u202C\u2066"));
  }

  @Test
  void turnsSpaceSeparatorsIntoOneSpace() {
    assertEquals("كما أن المواجهة المفتوحة", normalizer.normalize("\u00A0كما أن \u00A0المواجهة\u2003\tالمفتوحة  "));
  }

  @Test
  void keepsDigitsAndLettersAsWritten() {
    assertEquals("على علي مدرسة إيران ٢٠٢٠ 2020", normalizer.normalize("على علي مدرسة إيران ٢٠٢٠ 2020"));
  }

  @Test
  void repairsWindows1256TextReadAsWindows1252() {
    assertEquals("قال الرئيس", normalizer.normalize("ÞÇá ÇáÑÆíÓ"));
    String article = "وقع النظامان السوري والإيراني، يوم الأربعاء، اتفاقا عسكريا.";
    String misread = new String(article.getBytes(Charset.forName("windows-1256")), Charset.forName("windows-1252"));
    assertEquals(article, normalizer.normalize(misread));
  }

  @Test
  void repairsUtf8TextReadAsWindows1252() {
    String article = "اتفاقية تعاون مشترك";
    String misread = new String(article.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    assertEquals(article, normalizer.normalize(misread));
  }

  @Test
  void leavesAccentedLatinTextAlone() {
    assertEquals("Le ministre a déclaré à Damas", normalizer.normalize("Le ministre a déclaré à Damas"));
    assertEquals("ÉTÉ À NÎMES", normalizer.normalize("ÉTÉ À NÎMES"));
  }

  @Test
  void linesLeftAsTheyAreAreThoseTheFullNormalisationLeaves() {
    // every pair of ASCII, Arabic-block and typographic chars, alone and between letters (normalize answers most
    // lines in one pass; it must give what the full table gives)
    StringBuilder alphabet = new StringBuilder();
    for (char c = ' '; c < 0x7F; c++) alphabet.append(c);
    for (char c = '\u0600'; c <= '\u06FF'; c++) alphabet.append(c);
    alphabet.append("\t\u00A0\u00AB\u00BB\u00E9\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u200C\uFEFB");
    for (int i = 0; i < alphabet.length(); i++) {
      for (int k = 0; k < alphabet.length(); k++) {
        String pair = "" + alphabet.charAt(i) + alphabet.charAt(k);
        for (String line : new String[] {pair, "قال" + pair + "ب", "a " + pair + " b"}) {
          assertEquals(normalizer.normalizeFully(line), normalizer.normalize(line), () -> "U+"
              + Integer.toHexString(pair.charAt(0)) + " U+" + Integer.toHexString(pair.charAt(1)));
        }
      }
    }
  }

  @Test
  void reordersHarakatWrittenOutOfCanonicalOrder() {
    for (char a = '\u064B'; a <= '\u0652'; a++) {
      for (char b = '\u064B'; b <= '\u0652'; b++) {
        for (char c = '\u064B'; c <= '\u0652'; c++) {
          String line = "ب" + a + b + c + " جداً";
          assertEquals(normalizer.normalizeFully(line), normalizer.normalize(line));
        }
      }
    }
    assertEquals("ب\u064E\u0651", normalizer.normalize("ب\u0651\u064E"));
    assertEquals("ب\u064E\u0651", normalizer.normalize("ب\u064E\u0651"));
  }
}

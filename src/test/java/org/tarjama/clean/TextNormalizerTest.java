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
}

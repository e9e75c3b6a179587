package org.tarjama.translate.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Glosses of real seed words through the installed FreeDict dictionary. */
class GlosserTest {

  private final Glosser glosser = InstalledDictionary.glosser();
  private final Lexicon lexicon = glosser.lexicon();

  private Reading readingOf(String word) {
    Reading r = lexicon.gloss(word).reading();
    assertTrue(r != null, word + " was not found");
    return r;
  }

  @Test
  void conjunctionIsCutAndTheArticleRendered() {
    // FreeDict writes التعاون with its article, so only و is cut
    assertEquals(new Reading("و", "", false, false, "التعاون", "", ""), readingOf("والتعاون"));
    assertEquals("and-the-cooperation", glosser.gloss("والتعاون"));
  }

  @Test
  void prepositionBeforeAName() {
    assertEquals(new Reading("", "ب", false, false, "دمشق", "", ""), readingOf("بدمشق"));
    assertEquals("with-Damascus", glosser.gloss("بدمشق"));
  }

  @Test
  void lamWithTheArticle() {
    assertEquals(new Reading("", "ل", true, false, "نظام", "", ""), readingOf("للنظام"));
    assertEquals("for-the-system", glosser.gloss("للنظام"));
  }

  @Test
  void aWordInTheDictionaryIsNotCut() {
    assertEquals(new Reading("", "", false, false, "وزارة", "", ""), readingOf("وزارة"));
    assertEquals("ministry", glosser.gloss("وزارة"));
  }

  @Test
  void pronounSuffixBecomesAnEnglishPossessive() {
    assertEquals(new Reading("", "", false, false, "قول", "", "ه"), readingOf("قوله"));
    assertTrue(glosser.gloss("قوله").endsWith("-his"), glosser.gloss("قوله"));
    assertEquals(new Reading("", "", false, false, "دفاعات", "", "ها"), readingOf("دفاعاتها"));
    assertEquals("defenses-its", glosser.gloss("دفاعاتها"));
  }

  @Test
  void pluralsAreFoundAsWrittenOrUnderTheirSingular() {
    assertEquals(new Reading("", "", false, false, "اتفاقيات", "", ""), readingOf("اتفاقيات"));
    assertEquals("agreements", glosser.gloss("اتفاقيات"));
    // FreeDict has العسكري and العسكرية but no plural in ين
    assertEquals(new Reading("", "", false, false, "العسكري", "ين", ""), readingOf("العسكريين"));
  }

  @Test
  void headwordsWithTheArticleServeTheBareWord() {
    // FreeDict has الوزير (Minister, Vizier) but no وزير
    assertEquals("minister", glosser.gloss("وزير"));
    assertEquals("the-minister", glosser.gloss("الوزير"));
    assertEquals("and-minister", glosser.gloss("ووزير"));
  }

  @Test
  void functionWordsComeFromTheProjectList() {
    assertEquals("in", glosser.gloss("في"));
    assertEquals("and-said", glosser.gloss("وقال"));
    assertEquals("in-him", glosser.gloss("فيه"));
    assertEquals("on-it", glosser.gloss("عليها"));
    assertEquals("that-he", glosser.gloss("أنه"));
    assertEquals("with-it", glosser.gloss("بها"));
    assertEquals("and-which", glosser.gloss("والتي"));
  }

  @Test
  void theNameAliIsNotFoldedIntoTheWordOn() {
    assertEquals("Ali", glosser.gloss("علي"));
    assertEquals("on", glosser.gloss("على"));
  }

  @Test
  void hamzaSeatBeforeAPronoun() {
    assertEquals(new Reading("", "", false, false, "لقاء", "", "ه"), readingOf("لقائه"));
  }

  @Test
  void harakatDoNotHideAWord() {
    assertEquals("Muhammad", glosser.gloss("مُحَمَّد"));
  }

  @Test
  void unknownWordsAreTransliteratedAndMarked() {
    WordGloss bagheri = lexicon.gloss("باقري");
    assertFalse(bagheri.known());
    assertNull(bagheri.reading());
    assertEquals("⟨baqry⟩", bagheri.english());
    assertEquals("and-said «⟨baqry⟩»", glosser.gloss("وقال «باقري»"));
  }

  @Test
  void arabicPunctuationAndDigitsBecomeLatin() {
    assertEquals("said: «yes», 2011? OK; 3.5%", glosser.gloss("قال: «نعم»، ٢٠١١؟ OK؛ ٣٫٥٪"));
  }

  @Test
  void latinTextDigitsAndSpacingPassThrough() {
    assertEquals("Syria  Syria (2011) - CNN", glosser.gloss("Syria  سوريا (2011) - CNN"));
  }

  @Test
  void aSentenceFromSeed000() {
    assertEquals("and-said «⟨baqry⟩», in pronouncements for-him after encounter-his minister the-defense Syrian Ali"
            + " ⟨aywb⟩ in building ministry the-defense Syrian in Damascus, today Wednesday",
        glosser.gloss("وقال «باقري»، في تصريحات له عقب لقائه وزير الدفاع السوري علي أيوب في مبنى وزارة الدفاع"
            + " السورية في دمشق، اليوم الأربعاء"));
  }

  @Test
  void tatweelAfterAPrefixLeavesTheLetterToBeGlossed() {
    assertEquals("for 84 the84", glosser.gloss("لـ 84 الـ84"));
  }
}

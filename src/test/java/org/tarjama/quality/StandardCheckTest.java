package org.tarjama.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjama.model.Pair;
import org.tarjama.model.Quality;
import org.tarjama.model.SegmentId;
import org.tarjama.translate.pseudo.PseudoTranslator;

class StandardCheckTest {

  private static final SegmentId ID = new SegmentId("000_seed", 3, 1);
  private static final String AR = "أعلنت وسائل إعلام إيرانية رسمية أن طهران ودمشق وقعتا اتفاقاً شاملاً للتعاون في المجال العسكري.";
  private static final String EN = "Official Iranian media announced that Tehran and Damascus signed a comprehensive agreement"
      + " for military cooperation.";
  private final QualityCheck check = QualityCheck.standard();

  private static Pair ok(String ar, String en) {
    return Pair.ok(ID, ar, en, "deepl", "");
  }

  private Quality quality(String ar, String en) {
    return check.check(ok(ar, en)).quality();
  }

  @Test
  void goodTranslationRaisesNoFlag() {
    Quality q = quality(AR, EN);
    assertEquals(List.of(), q.flags());
    assertEquals(0.0, q.scores().get("arabic-share"));
    assertEquals(1.0, q.scores().get("latin-share"));
    assertEquals(1.0, q.scores().get("repetition"));
    assertTrue(Math.abs(q.scores().get("length-ratio-z")) < 1, "z " + q.scores().get("length-ratio-z"));
  }

  @Test
  void emptyTargetIsFlaggedAndScoredNoFurther() {
    assertEquals(new Quality(Map.of(), List.of(Flags.EMPTY)), quality(AR, "  \n"));
  }

  @Test
  void failedPairKeepsNoScores() {
    Pair failed = Pair.failed(ID, AR, "deepl", "", "HTTP 456 quota exceeded");
    assertSame(failed, check.check(failed));
  }

  @Test
  void targetEqualToSourceIsUntranslated() {
    assertTrue(quality(AR, AR + " ").flagged(Flags.UNTRANSLATED));
    assertTrue(quality("Exit mobile version", "Exit mobile version").flagged(Flags.UNTRANSLATED));
  }

  @Test
  void targetMostlyInArabicIsUntranslated() {
    Quality q = quality(AR, "Iran: " + AR);
    assertTrue(q.flagged(Flags.UNTRANSLATED));
    assertTrue(q.scores().get("arabic-share") > 0.9);
  }

  @Test
  void arabicWordLeftInEnglishIsNotedButNotUntranslated() {
    Quality q = quality(AR, EN.replace("Damascus", "دمشق"));
    assertTrue(q.flagged(Flags.ARABIC_IN_TARGET));
    assertFalse(q.flagged(Flags.UNTRANSLATED));
  }

  @Test
  void truncatedTranslationIsFlaggedForLength() {
    Quality q = quality(AR, "Official Iranian media.");
    assertTrue(q.flagged(Flags.LENGTH_RATIO));
    assertTrue(q.scores().get("length-ratio-z") < -3);
  }

  @Test
  void thousandsWrittenAsWordMatchDigitsAndWords() {
    String ar = "عميد كلية الطب بدمشق: أكثر من 150 ألف حالة إصابة بـ \"كورونا\" في دمشق وحدها";
    Quality digits = quality(ar, "Dean of Damascus medical school: more than 150,000 corona cases in Damascus alone");
    Quality words = quality(ar, "Dean of Damascus medical school: more than 150 thousand corona cases in Damascus alone");
    assertEquals(1.0, digits.scores().get("numbers"));
    assertEquals(1.0, words.scores().get("numbers"));
    assertFalse(digits.flagged(Flags.NUMBERS));
  }

  @Test
  void missingNumberIsFlagged() {
    String ar = "وقدمت إيران له منذ بدء الثورة السورية في العام 2011 دعما سياسيا، وفي صيف العام 2018 وقع النظامان اتفاقا.";
    Quality q = quality(ar, "Since the start of the Syrian revolution in 2011 Iran has given it political support,"
        + " and in summer the two regimes signed an agreement.");
    assertTrue(q.flagged(Flags.NUMBERS));
    assertEquals(0.5, q.scores().get("numbers"));
  }

  @Test
  void arabicIndicDigitsAndSeparatorsMatchWesternForms() {
    Quality q = quality("ارتفع العدد إلى ١٬٥٠٠ حالة بنسبة ٣٫٥ في المئة يوم ٨ تموز",
        "The number rose to 1,500 cases, 3.5 percent, on 8 July");
    assertEquals(1.0, q.scores().get("numbers"));
  }

  @Test
  void millionsMatchAndSmallNumbersMayBeSpelledOut() {
    Quality q = quality("خصصت الحكومة 2.5 مليار دولار لثلاث محافظات خلال 3 سنوات",
        "The government allocated $2.5 billion to three provinces over three years");
    assertEquals(1.0, q.scores().get("numbers"));
  }

  @Test
  void sourceWithoutNumbersHasNoNumbersScore() {
    assertFalse(quality(AR, EN).scores().containsKey("numbers"));
  }

  @Test
  void phraseLoopingInTargetIsFlagged() {
    Quality q = quality(AR, "Iranian media announced that the agreement of the army of the army of the army of the army.");
    assertTrue(q.flagged(Flags.REPETITION));
    assertEquals(4.0, q.scores().get("repetition"));
  }

  @Test
  void replyOfOneWordLoopingFiftyThousandTimesIsScoredWithItsCount() {
    // counted in one pass per phrase length; a scan from every word never finished on such a reply
    Quality q = quality(AR, "the ".repeat(50_000));
    assertTrue(q.flagged(Flags.REPETITION));
    assertEquals(50_000.0, q.scores().get("repetition"));
  }

  @Test
  void doubledWordIsEnglishNotALoop() {
    Quality q = quality(AR, "Official Iranian media said that the very very comprehensive agreement was signed in Damascus.");
    assertFalse(q.flagged(Flags.REPETITION));
    assertEquals(2.0, q.scores().get("repetition"));
  }

  @Test
  void transliterationIsNotEnglish() {
    Quality q = quality(AR, PseudoTranslator.forward(AR));
    assertTrue(q.flagged(Flags.NOT_ENGLISH), q.toString());
  }

  @Test
  void pseudoAndGlossAreNotForTrainingByDefault() {
    assertTrue(check.check(Pair.ok(ID, AR, EN, "pseudo", "buckwalter-1")).quality().flagged(Flags.NOT_FOR_TRAINING));
    assertTrue(check.check(Pair.ok(ID, AR, EN, "gloss", "")).quality().flagged(Flags.NOT_FOR_TRAINING));
    assertFalse(check.check(ok(AR, EN)).quality().flagged(Flags.NOT_FOR_TRAINING));
  }

  @Test
  void backendToldUnfitByTheRunIsNotForTraining() {
    QualityCheck forRun = check.forBackend("dictionary-x", false);
    assertTrue(forRun.check(Pair.ok(ID, AR, EN, "dictionary-x", "")).quality().flagged(Flags.NOT_FOR_TRAINING));
    assertTrue(forRun.check(Pair.ok(ID, AR, "", "dictionary-x", "")).quality().flagged(Flags.NOT_FOR_TRAINING));
  }

  @Test
  void backendToldFitByTheRunIsNotFlagged() {
    QualityCheck forRun = check.forBackend("Pseudo", true);
    assertFalse(forRun.check(Pair.ok(ID, AR, EN, "pseudo", "")).quality().flagged(Flags.NOT_FOR_TRAINING));
  }

  @Test
  void flagsAlreadyOnThePairAreKept() {
    Pair flagged = ok(AR, EN).withQuality(new Quality(Map.of(), List.of("reviewed-bad")));
    assertEquals(List.of("reviewed-bad"), check.check(flagged).quality().flags());
  }
}

package org.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

  private static final String[] AR = {
      "وصل الرئيس إلى القاهرة صباح الاثنين.",
      "التقى وزير الخارجية المصري في مقر الوزارة.",
      "ناقش الجانبان أسعار القمح والطاقة.",
      "ارتفعت الأسعار بنسبة ١٢ في المئة هذا العام.",
      "وقال الرئيس إن الاتفاق سيوقع في مارس.",
      "وأضاف أن البنك الدولي سيمول المشروع."};
  /** What the gloss backend makes of them, word by word. */
  private static final String[] GLOSS = {
      "arrived the-president to Cairo morning Monday.",
      "met minister the-foreign the-Egyptian in headquarters the-ministry.",
      "discussed the-two-sides prices the-wheat and-the-energy.",
      "rose the-prices with-rate 12 in the-hundred this the-year.",
      "and-said the-president that the-agreement will-signed in March.",
      "and-added that the-bank the-international will-finance the-project."};
  private static final String[] EN = {
      "The president arrived in Cairo on Monday morning.",
      "He met the Egyptian foreign minister at the ministry headquarters.",
      "The two sides discussed wheat and energy prices.",
      "Prices have risen by 12 percent this year.",
      "The president said the agreement would be signed in March.",
      "He added that the World Bank would finance the project."};

  private final SentenceAligner aligner = SentenceAligner.standard();

  private static String bead(Bead b) {
    return b.type() + " " + b.arSents() + b.enSents();
  }

  private List<String> align(List<String> ar, List<String> gloss, List<String> en) {
    return aligner.align(ar, gloss, en).stream().map(SentenceAlignerTest::bead).toList();
  }

  @Test
  void sentencesThatTranslateEachOtherAreOneToOne() {
    assertEquals(List.of("1-1 [0][0]", "1-1 [1][1]", "1-1 [2][2]", "1-1 [3][3]", "1-1 [4][4]", "1-1 [5][5]"),
        align(List.of(AR), List.of(GLOSS), List.of(EN)));
  }

  @Test
  void twoArabicSentencesJoinedInOneEnglishSentenceAreTwoToOne() {
    List<String> en = List.of(EN[0], "He met the Egyptian foreign minister at the ministry headquarters, and the two sides"
        + " discussed wheat and energy prices.", EN[3], EN[4], EN[5]);
    assertEquals(List.of("1-1 [0][0]", "2-1 [1, 2][1]", "1-1 [3][2]", "1-1 [4][3]", "1-1 [5][4]"),
        align(List.of(AR), List.of(GLOSS), en));
  }

  @Test
  void oneArabicSentenceSplitInTwoEnglishSentencesIsOneToTwo() {
    List<String> ar = List.of(AR[0], AR[1] + " " + AR[2], AR[3], AR[4], AR[5]);
    List<String> gloss = List.of(GLOSS[0], GLOSS[1] + " " + GLOSS[2], GLOSS[3], GLOSS[4], GLOSS[5]);
    assertEquals(List.of("1-1 [0][0]", "1-2 [1][1, 2]", "1-1 [2][3]", "1-1 [3][4]", "1-1 [4][5]"),
        align(ar, gloss, List.of(EN)));
  }

  @Test
  void anArabicSentenceTheEnglishLacksIsOneToZero() {
    List<String> en = List.of(EN[0], EN[1], EN[2], EN[4], EN[5]);
    assertEquals(List.of("1-1 [0][0]", "1-1 [1][1]", "1-1 [2][2]", "1-0 [3][]", "1-1 [4][3]", "1-1 [5][4]"),
        align(List.of(AR), List.of(GLOSS), en));
  }

  @Test
  void anEnglishSentenceTheArabicLacksIsZeroToOne() {
    List<String> en = List.of(EN[0], EN[1], "Reporters were not allowed into the meeting room.", EN[2], EN[3], EN[4], EN[5]);
    assertEquals(List.of("1-1 [0][0]", "1-1 [1][1]", "0-1 [][2]", "1-1 [2][3]", "1-1 [3][4]", "1-1 [4][5]", "1-1 [5][6]"),
        align(List.of(AR), List.of(GLOSS), en));
  }

  @Test
  void sentencesSplitAtDifferentPlacesOnEachSideAreTwoByTwo() {
    // the Arabic breaks after "prices", the English after "minister": no 1-1 bead is right
    List<String> ar = List.of(AR[0], "التقى وزير الخارجية المصري وناقشا أسعار القمح.", "وكذلك أسعار الطاقة في مقر الوزارة.", AR[5]);
    List<String> gloss = List.of(GLOSS[0], "met minister the-foreign the-Egyptian and-discussed prices the-wheat.",
        "and-likewise prices the-energy in headquarters the-ministry.", GLOSS[5]);
    List<String> en = List.of(EN[0], "He met the Egyptian foreign minister.",
        "At the ministry headquarters they discussed the prices of wheat and energy.", EN[5]);
    assertEquals(List.of("1-1 [0][0]", "2-2 [1, 2][1, 2]", "1-1 [3][3]"), align(ar, gloss, en));
  }

  @Test
  void aNameLeftRomanisedPicksTheEnglishSentenceThatSpellsIt() {
    List<String> ar = List.of("كتبت كوري شولمان في مدونة.");
    List<String> gloss = List.of("spoke ⟨kwry⟩ ⟨shwlman⟩ in blog.");
    List<String> en = List.of("The minister spoke in a blog post.", "Kori Schulman spoke in a blog post.");
    assertEquals(List.of("0-1 [][0]", "1-1 [0][1]"), align(ar, gloss, en));
  }

  @Test
  void aSideWithoutSentencesLeavesEveryOtherSentenceUnaligned() {
    assertEquals(List.of("1-0 [0][]", "1-0 [1][]"), align(List.of(AR[0], AR[1]), List.of(GLOSS[0], GLOSS[1]), List.of()));
    assertEquals(List.of("0-1 [][0]"), align(List.of(), List.of(), List.of(EN[0])));
    assertEquals(List.of(), align(List.of(), List.of(), List.of()));
  }

  @Test
  void anEnglishSideCoveringOnlyTheStartIsFoundBeyondTheFirstBand() {
    List<String> ar = new ArrayList<>();
    List<String> gloss = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (int k = 0; k < 120; k++) {
      ar.add("التقرير رقم " + (1000 + k) + " عن الموضوع.");
      gloss.add("the-report number " + (1000 + k) + " about the-subject.");
      if (k < 40) en.add("Report number " + (1000 + k) + " covers the subject.");
    }
    List<Bead> beads = aligner.align(ar, gloss, en);
    assertEquals(120, beads.size());
    for (int k = 0; k < 120; k++) {
      assertEquals(k < 40 ? "1-1 [" + k + "][" + k + "]" : "1-0 [" + k + "][]", bead(beads.get(k)));
    }
  }

  @Test
  void beadsThatTranslateEachOtherScoreAboveBeadsThatDoNot() {
    List<Bead> right = aligner.align(List.of(AR[0]), List.of(GLOSS[0]), List.of(EN[0]));
    List<Bead> wrong = aligner.align(List.of(AR[0]), List.of(GLOSS[0]), List.of(EN[5]));
    assertTrue(right.get(0).score() > 0.3, right.toString());
    assertTrue(wrong.stream().allMatch(b -> b.score() < right.get(0).score()), wrong.toString());
  }
}

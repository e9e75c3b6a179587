package org.tarjama.translate.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AffixesTest {

  @Test
  void theWordAsWrittenIsTheFirstReading() {
    assertEquals(new Reading("", "", false, false, "وزارة", "", ""), Affixes.readings("وزارة").get(0));
  }

  @Test
  void conjunctionPrepositionAndArticleAreCutBeforeAnyEnding() {
    List<Reading> readings = Affixes.readings("والتعاون");
    Reading clitics = new Reading("و", "", true, false, "تعاون", "", "");
    Reading plural = new Reading("و", "", true, false, "تعا", "ون", "");
    assertTrue(readings.indexOf(clitics) >= 0 && readings.indexOf(clitics) < readings.indexOf(plural), readings::toString);
  }

  @Test
  void lamBeforeTheArticleDropsItsAlef() {
    assertTrue(Affixes.readings("للنظام").contains(new Reading("", "ل", true, false, "نظام", "", "")));
  }

  @Test
  void feminineTaaIsRestoredUnderPluralAndPronoun() {
    assertTrue(Affixes.readings("اتفاقيات").contains(new Reading("", "", false, false, "اتفاقية", "ات", "")));
    assertTrue(Affixes.readings("حكومته").contains(new Reading("", "", false, false, "حكومة", "ت", "ه")));
  }

  @Test
  void hamzaSeatBeforeAPronounGoesBackToBareHamza() {
    assertTrue(Affixes.readings("لقائه").contains(new Reading("", "", false, false, "لقاء", "", "ه")));
  }

  @Test
  void imperfectPrefixIsTriedLast() {
    List<Reading> readings = Affixes.readings("يقصد");
    assertEquals(new Reading("", "", false, true, "قصد", "", ""),
        readings.stream().filter(Reading::presentTense).findFirst().orElseThrow());
    assertTrue(readings.get(readings.size() - 1).presentTense());
  }

  @Test
  void stemsKeepAtLeastTwoLetters() {
    assertTrue(Affixes.readings("وله").stream().allMatch(r -> r.stem().length() >= 2 || r.bare()));
  }

  @Test
  void aOneLetterWordHasOnlyItsBareReading() {
    assertEquals(List.of(new Reading("", "", false, false, "ب", "", "")), Affixes.readings("ب"));
  }
}

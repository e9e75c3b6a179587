package org.tarjama.translate.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnglishUsageTest {

  private final EnglishUsage usage = EnglishUsage.wordNet();

  @Test
  void wordNetIsOnTheClassPath() {
    assertTrue(usage.available());
  }

  @Test
  void commonSensesOutrankRareOnes() {
    assertTrue(usage.frequency("Minister") > usage.frequency("Vizier"));
    assertTrue(usage.frequency("Defense") > usage.frequency("Advocacies"));
    assertTrue(usage.frequency("Work") > usage.frequency("Did"));
  }

  @Test
  void anInflectedFormCountsAThirdOfItsLemma() {
    assertEquals(usage.frequency("pressure") / 3, usage.frequency("Pressures"));
  }

  @Test
  void aWordWordNetListsCountsAsItselfNotAsAnInflection() {
    // "stater" is a coin, not state + er
    assertTrue(usage.frequency("Stater") < usage.frequency("State") / 3);
  }

  @Test
  void namesKeepTheirCapitalAndCommonWordsLoseIt() {
    assertEquals("Damascus", usage.cased("Damascus", false));
    assertEquals("Iranian", usage.cased("Iranian", false));
    assertEquals("army", usage.cased("Army", false));
    assertEquals("TV", usage.cased("TV", false));
    assertEquals("ad hoc", usage.cased("Ad hoc", false));
  }

  @Test
  void aWordThatIsBothANameAndACommonWordFollowsTheArabicSide() {
    assertEquals("Turkey", usage.cased("Turkey", true));
    assertEquals("turkey", usage.cased("Turkey", false));
  }
}

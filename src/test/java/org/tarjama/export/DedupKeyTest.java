package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class DedupKeyTest {

  @Test
  void harakatTatweelAndAlefFormsFoldAway() {
    assertEquals("ان حل اي من مشاكلها", DedupKey.of("أنّ حلّ أيٍّ مِنْ مشـــاكلها"));
    assertEquals(DedupKey.of("إن حل أيّ من مشاكلها"), DedupKey.of("ان حل اي من مشاكلها"));
  }

  @Test
  void taaMarbutaAndAlefMaqsuraFold() {
    assertEquals(DedupKey.of("العاصمة السورية على"), DedupKey.of("العاصمه السوريه علي"));
  }

  @Test
  void punctuationAndSpacesCollapse() {
    assertEquals("قال باقري ان ايران", DedupKey.of("  قال «باقري»، إن: \"إيران\" ... "));
  }

  @Test
  void digitsOfEveryScriptMeet() {
    assertEquals(DedupKey.of("منذ عام 2011"), DedupKey.of("منذ عام ٢٠١١"));
  }

  @Test
  void presentationFormsAreNormalised() {
    assertEquals(DedupKey.of("لا"), DedupKey.of("\uFEFB"));
  }

  @Test
  void differentWordsStayDifferent() {
    assertNotEquals(DedupKey.of("وقع النظام السوري اتفاقية"), DedupKey.of("وقع النظام الإيراني اتفاقية"));
  }
}

package org.tarjama.translate.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.TranslationItem;

class PseudoTranslatorTest {

  @Test
  void transliteratesArabicDeterministically() {
    assertEquals("[pseudo] qAl Al>sd: \"snEzz\"⸮", PseudoTranslator.forward("قال الأسد: \"سنعزز\"؟"));
  }

  @Test
  void reverseRestoresTheSourceExactlyEvenWithLatinTextAndBackslashes() {
    String source = "وقال باقري (Bagheri) إن \\ 150 ألف؛ Exit mobile version، ١٢٣ $ ' { ⸮";
    assertEquals(source, PseudoTranslator.reverse(PseudoTranslator.forward(source)));
  }

  @Test
  void outputHoldsNoArabicScript() {
    String out = new PseudoTranslator().translate(List.of(new TranslationItem("k", "وَقَّعَ الوزيرُ الاتفاقيةَ، أمس؟"))).get(0);
    assertFalse(out.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC), out);
  }

  @Test
  void isNotFitForTraining() {
    assertFalse(new PseudoTranslator().fitForTraining());
  }
}

package org.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTokensTest {

  @Test
  void numbersMatchWhateverDigitsAndSeparatorsTheyAreWrittenIn() {
    List<String> arabic = SentenceTokens.ofTranslation("cost 103,7 million dollar", "تكلف ١٠٣٫٧ مليون دولار").all();
    List<String> english = SentenceTokens.ofEnglish("It cost $103.7 million.").all();
    assertTrue(arabic.contains("#1037") && english.contains("#1037"), arabic + " " + english);
    assertEquals(1, arabic.stream().filter(t -> t.equals("#1037")).count(), "the number counts once, from the Arabic");
  }

  @Test
  void aRomanisedNameMeetsItsEnglishSpellingByItsConsonants() {
    assertEquals(SentenceTokens.skeleton("shwlman"), SentenceTokens.skeleton("Schulman"));
    assertEquals(SentenceTokens.skeleton("kwry"), SentenceTokens.skeleton("Kori"));
    List<String> gloss = SentenceTokens.ofTranslation("the-help ⟨lawbama⟩", "المساعدة لأوباما").all();
    List<String> english = SentenceTokens.ofEnglish("Obama's assistant").all();
    assertTrue(gloss.stream().anyMatch(english::contains), gloss + " " + english);
  }

  @Test
  void functionWordsAreLeftOutAndOnlyWordsOfTheirOwnAreCounted() {
    SentenceTokens.Tokens tokens = SentenceTokens.ofEnglish("The President of the United States");
    assertEquals(List.of("w:presi", "~brsdnt", "w:unit", "~ntd", "w:stat", "~sts"), tokens.all());
    assertEquals(3, tokens.size());
  }
}

package org.tarjama.translate.gloss;

/**
 * One way to split an Arabic word into clitics, a stem and endings: {@code وبالتعاون} read as conjunction و,
 * preposition ب, article ال and stem تعاون. {@code presentTense} marks a stem whose imperfect prefix
 * (ي ت ن أ) was removed.
 */
record Reading(String conjunction, String preposition, boolean article, boolean presentTense, String stem,
               String ending, String pronoun) {

  /** Letters removed from the end of the word: the riskier cut, tried later. */
  int suffixLength() {
    return ending.length() + pronoun.length();
  }

  int prefixCount() {
    return (conjunction.isEmpty() ? 0 : 1) + (preposition.isEmpty() ? 0 : 1) + (article ? 1 : 0);
  }

  boolean bare() {
    return prefixCount() == 0 && suffixLength() == 0 && !presentTense;
  }
}

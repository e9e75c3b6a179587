package org.tarjama.segment;

/**
 * Decides whether a single full stop followed by a space ends a sentence, from the word before it:
 * abbreviations and initials do not, year markers after a number do, numbered list items do not.
 */
final class FullStopRule {

  private static final int LONGEST_WORD = 40;

  private final Abbreviations abbreviations;

  FullStopRule(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** What the full stop at {@code dot} is, given that the current sentence started at {@code sentenceStart}. */
  Verdict judge(String text, int dot, int sentenceStart, int lastListNumber) {
    int from = wordStart(text, dot);
    if (from == dot) return Verdict.END;
    String word = text.substring(from, dot);
    int digits = leadingDigits(word);
    if (digits == word.length()) return listItem(text, from, word, sentenceStart, lastListNumber);
    String rest = word.substring(digits);
    Abbreviations.Kind kind = abbreviations.kind(rest);
    if (kind == null && shortLetters(rest)) kind = Abbreviations.Kind.TITLE;
    if (kind == null || digits > 0 && kind != Abbreviations.Kind.ERA) return Verdict.END;
    if (kind == Abbreviations.Kind.ERA && (digits > 0 || numberBefore(text, from))) return Verdict.END;
    return Verdict.ABBREVIATION;
  }

  /** The outcome for one full stop. */
  enum Verdict { END, ABBREVIATION, LIST_ITEM }

  /** 1. opens a list at a sentence start or after a colon; n+1. continues it; other numbers end sentences. */
  private static Verdict listItem(String text, int from, String word, int sentenceStart, int lastListNumber) {
    if (word.length() > 2) return Verdict.END;
    int value = 0;
    for (int i = 0; i < word.length(); i++) value = value * 10 + Character.digit(word.charAt(i), 10);
    if (value == lastListNumber + 1 && lastListNumber > 0) return Verdict.LIST_ITEM;
    if (value != 1) return Verdict.END;
    int before = from - 1;
    while (before >= sentenceStart && Chars.space(text.charAt(before))) before--;
    boolean opens = before < sentenceStart || text.charAt(before) == ':' || text.charAt(before) == '-'
        || text.charAt(before) == '–';
    return opens ? Verdict.LIST_ITEM : Verdict.END;
  }

  private static int wordStart(String text, int dot) {
    int i = dot;
    int limit = Math.max(0, dot - LONGEST_WORD);
    while (i > limit) {
      char c = text.charAt(i - 1);
      if (Chars.space(c) || Chars.opener(c) || Chars.closer(c)) break;
      i--;
    }
    return i;
  }

  private static int leadingDigits(String word) {
    int i = 0;
    while (i < word.length() && Character.isDigit(word.charAt(i))) i++;
    return i;
  }

  /** A single letter (د، هـ، J) or dotted single letters (أ.د، ج.م.ع، U.S). */
  private static boolean shortLetters(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '.') {
        if (letters != 1) return false;
        letters = 0;
      } else if (Character.isLetter(c) && c != '\u0640') {
        if (++letters > 1) return false;
      } else if (!Chars.tatweelOrMark(c)) {
        return false;
      }
    }
    return letters == 1;
  }

  private static boolean numberBefore(String text, int from) {
    int i = from - 1;
    while (i >= 0 && Chars.space(text.charAt(i))) i--;
    return i >= 0 && i < from - 1 && Character.isDigit(text.charAt(i));
  }
}

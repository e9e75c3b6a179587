package org.tarjama.io;

/**
 * How much decoded text looks like real Arabic rather than mojibake. Arabic read in the wrong encoding comes out
 * as Arabic letters mixed inside words with Latin-1 symbols and accented letters ({@code ط£ط¹ط±ط¨}), or with
 * undefined bytes (U+FFFD), and with ط/ظ on every other letter; real Arabic words hold none of these.
 */
final class ArabicShape {

  /** Above this share of garbled Arabic words the text is nonsense in that encoding. */
  private static final double MAX_GARBLED_WORDS = 0.2;
  /** ط and ظ are about 1.5% of the letters of real Arabic text and half of those of UTF-8 read as Windows-1256. */
  private static final double MAX_TAH_ZAH = 0.3;
  private static final byte SPACE = 1;
  private static final byte LETTER_OR_DIGIT = 2;
  private static final byte ARABIC_LETTER = 4;
  private static final byte ALIEN = 8;
  /** The kinds of the chars below U+0780 (ASCII, Latin-1, Arabic), looked up rather than asked of Character. */
  private static final byte[] KINDS = new byte[0x0780];

  static {
    for (char c = 0; c < KINDS.length; c++) KINDS[c] = kindOf(c);
  }

  private ArabicShape() {
  }

  /** Counts of one text's Arabic words, garbled words, Arabic letters and ط/ظ. */
  record Counts(int arabicWords, int garbledWords, int arabicLetters, int tahZah) {

    double garbledShare() {
      return arabicWords == 0 ? 0 : (double) garbledWords / arabicWords;
    }

    boolean nonsense() {
      return arabicWords > 0 && (garbledShare() > MAX_GARBLED_WORDS
          || arabicLetters >= 10 && (double) tahZah / arabicLetters > MAX_TAH_ZAH);
    }
  }

  /**
   * Whether {@code text} is nonsense as {@link Counts#nonsense} says. Text without a char that is alien in an Arabic
   * word (most text) has no garbled word, and every Arabic letter is inside a word: one count of letters answers.
   */
  static boolean nonsense(String text) {
    int letters = 0;
    int tahZah = 0;
    for (char c : text.toCharArray()) {
      byte kind = kind(c);
      if ((kind & ARABIC_LETTER) != 0) {
        letters++;
        if (c == 'ط' || c == 'ظ') tahZah++;
      } else if ((kind & ALIEN) != 0) {
        return of(text).nonsense();
      }
    }
    return new Counts(letters == 0 ? 0 : 1, 0, letters, tahZah).nonsense();
  }

  static Counts of(String text) {
    int words = 0;
    int garbled = 0;
    int letters = 0;
    int tahZah = 0;
    int i = 0;
    // from an array: until the JIT has compiled this, each charAt is several calls
    char[] chars = text.toCharArray();
    int n = chars.length;
    while (i < n) {
      while (i < n && (kind(chars[i]) & SPACE) != 0) i++;
      int start = i;
      while (i < n && (kind(chars[i]) & SPACE) == 0) i++;
      // the word without the punctuation around it
      int from = start;
      int to = i;
      while (from < to && (kind(chars[from]) & LETTER_OR_DIGIT) == 0) from++;
      while (to > from && (kind(chars[to - 1]) & LETTER_OR_DIGIT) == 0) to--;
      boolean arabic = false;
      boolean alien = false;
      for (int k = from; k < to; k++) {
        char c = chars[k];
        byte kind = kind(c);
        if ((kind & ARABIC_LETTER) != 0) {
          arabic = true;
          letters++;
          if (c == 'ط' || c == 'ظ') tahZah++;
        } else if ((kind & ALIEN) != 0) {
          alien = true;
        }
      }
      if (arabic) {
        words++;
        if (alien) garbled++;
      }
    }
    return new Counts(words, garbled, letters, tahZah);
  }

  private static byte kind(char c) {
    return c < KINDS.length ? KINDS[c] : kindOf(c);
  }

  private static byte kindOf(char c) {
    return (byte) ((isSpace(c) ? SPACE : 0) | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
        | (isArabicLetter(c) ? ARABIC_LETTER : 0) | (isAlienInArabicWord(c) ? ALIEN : 0));
  }

  /** NBSP and the other Unicode spaces separate words too (scraped pages are full of them). */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isArabicLetter(char c) {
    return Character.isLetter(c) && (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F
        || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF);
  }

  /** Latin-1 symbols and letters (the soft hyphen aside), typographic punctuation, € and U+FFFD never sit inside an Arabic word. */
  private static boolean isAlienInArabicWord(char c) {
    return c >= 0x0080 && c <= 0x02FF && c != 0x00AD || c >= 0x2010 && c <= 0x20CF || c == 0x2122 || c == 0xFFFD;
  }

  /** Share of the characters that are ordinary text (letters, digits, punctuation, spaces of common scripts). */
  static double textLikeShare(String text) {
    if (text.isEmpty()) return 0;
    int good = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t' || c >= 0xA0 && c <= 0x024F
          || c >= 0x0600 && c <= 0x06FF || c >= 0x2000 && c <= 0x206F || c >= 0xFB50 && c <= 0xFDFF
          || c >= 0xFE70 && c <= 0xFEFF) {
        good++;
      }
    }
    return (double) good / text.length();
  }
}

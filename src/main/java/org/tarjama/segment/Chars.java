package org.tarjama.segment;

/** Character classes the segmenter scans for; one switch each, no tables to share. */
final class Chars {

  /** What the scanner must look at: most characters are neither. */
  static final byte PLAIN = 0;
  static final byte TERMINAL = 1;
  static final byte QUOTE = 2;

  private static final byte[] KINDS = kinds();

  private Chars() {
  }

  static byte kind(char c) {
    return KINDS[c];
  }

  /**
   * The first char at or after {@code from} that is not {@link #PLAIN}, or {@code chars.length}: the scan's inner
   * loop, small so the JIT compiles it early and on its own.
   */
  static int nextMark(char[] chars, int from) {
    int i = from;
    while (i < chars.length && KINDS[chars[i]] == PLAIN) i++;
    return i;
  }

  private static byte[] kinds() {
    byte[] kinds = new byte[Character.MAX_VALUE + 1];
    for (char c : "«»“”\"()[]".toCharArray()) kinds[c] = QUOTE;
    for (int c = 0; c <= Character.MAX_VALUE; c++) if (terminal((char) c)) kinds[c] = TERMINAL;
    return kinds;
  }

  /** Characters that may end a sentence: . ! ? ؟ ۔ … */
  static boolean terminal(char c) {
    return switch (c) {
      case '.', '!', '?', '\u061F', '\u06D4', '\u2026', '\u203C', '\u2049' -> true;
      default -> false;
    };
  }

  /** Terminals that always end a sentence before white space (not the full stop or the ellipsis). */
  static boolean strong(char c) {
    return c != '.' && c != '\u2026';
  }

  /** Closing quotes and brackets (and invisible direction marks) that stay with the sentence before them. */
  static boolean closer(char c) {
    return switch (c) {
      case '"', '\'', '»', '”', '’', '›', ')', ']', '}', '\u200E', '\u200F', '\u061C' -> true;
      default -> false;
    };
  }

  /** Characters a word can start after: white space, opening quotes and brackets. */
  static boolean opener(char c) {
    return switch (c) {
      case '(', '[', '{', '«', '“', '‘', '‹', '"', '\'' -> true;
      default -> false;
    };
  }

  static boolean space(char c) {
    // printable ASCII and the Arabic block hold no white space: most chars are answered without Character
    if (c > ' ' && c < '\u007F' || c >= '\u0600' && c <= '\u06FF') return false;
    return c == ' ' || c == '\u00A0' || c == '\u202F' || Character.isWhitespace(c);
  }

  /** Punctuation that continues a sentence when it follows a full stop and a space. */
  static boolean continuing(char c) {
    return switch (c) {
      case ',', '،', ';', '؛', ':' -> true;
      default -> false;
    };
  }

  static boolean tatweelOrMark(char c) {
    return c == '\u0640' || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}

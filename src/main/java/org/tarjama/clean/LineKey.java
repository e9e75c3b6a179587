package org.tarjama.clean;

import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Folded forms of a line for matching only, never for output: Lucene's Arabic folding (hamza on alef, ى،
 * ة, harakat, tatweel), digits to ASCII and Latin to lower case.
 */
final class LineKey {

  private static final ArabicNormalizer FOLD = new ArabicNormalizer();

  private LineKey() {
  }

  /** The folded line. */
  static String of(String line) {
    char[] chars = line.toLowerCase(Locale.ROOT).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      int digit = Character.digit(chars[i], 10);
      if (digit >= 0) chars[i] = (char) ('0' + digit);
    }
    return new String(chars, 0, FOLD.normalize(chars, chars.length));
  }

  /** The folded line without punctuation, symbols and spaces at its ends ({@code حجم الخط:} → {@code حجم الخط}). */
  static String bare(String line) {
    String key = of(line);
    int start = 0;
    int end = key.length();
    while (start < end && !Character.isLetterOrDigit(key.charAt(start))) start++;
    while (end > start && !Character.isLetterOrDigit(key.charAt(end - 1))) end--;
    return key.substring(start, end);
  }

  /** Words: runs between spaces that hold a letter or a digit. */
  static int words(String line) {
    int words = 0;
    boolean counted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        counted = false;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        words++;
        counted = true;
      }
    }
    return words;
  }
}

package org.tarjama.clean;

import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * Folded forms of a line for matching only, never for output: Lucene's Arabic folding (hamza on alef, ى،
 * ة, harakat, tatweel), digits to ASCII and Latin to lower case.
 */
final class LineKey {

  private static final ArabicNormalizer FOLD = new ArabicNormalizer();
  // the cleaner's rules ask for the same line's key one after another: the last one is kept, per thread
  private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

  /** The last line folded on this thread (compared by identity) and its key. */
  private static final class Last {
    @Nullable String line;
    String key = "";
  }

  private LineKey() {
  }

  /** The folded line. */
  static String of(String line) {
    Last last = LAST.get();
    if (last.line != line) {
      last.key = fold(line);
      last.line = line;
    }
    return last.key;
  }

  private static String fold(String line) {
    char[] chars = simpleCase(line);
    if (chars == null) {
      chars = line.toLowerCase(Locale.ROOT).toCharArray();
      for (int i = 0; i < chars.length; i++) {
        int digit = Character.digit(chars[i], 10);
        if (digit >= 0) chars[i] = (char) ('0' + digit);
      }
    }
    return new String(chars, 0, FOLD.normalize(chars, chars.length));
  }

  /**
   * The chars of {@code line} in lower case with Arabic-Indic digits made ASCII, in one pass, when every char is
   * ASCII or Arabic (whose lower case is itself, char by char); null otherwise, for {@link String#toLowerCase}.
   */
  private static char @Nullable [] simpleCase(String line) {
    char[] chars = new char[line.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = line.charAt(i);
      if (c < 0x80) {
        chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c >= '\u0660' && c <= '\u0669') {
        chars[i] = (char) ('0' + (c - '\u0660'));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        chars[i] = (char) ('0' + (c - '\u06F0'));
      } else if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F') {
        chars[i] = c;
      } else {
        return null;
      }
    }
    return chars;
  }

  /** The folded line without punctuation, symbols and spaces at its ends ({@code حجم الخط:} → {@code حجم الخط}). */
  static String bare(String line) {
    return bareOf(of(line));
  }

  /** {@link #bare} of a line already folded. */
  static String bareOf(String key) {
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

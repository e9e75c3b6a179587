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
  private static final char DROP = '\uFFFE';
  private static final char OTHER = '\uFFFF';
  /** What {@link #simpleFold} makes of each char below U+0780: itself folded, DROP, or OTHER (not simple). */
  private static final char[] SIMPLE = simpleTable();
  /** {@link Character#isLetterOrDigit} of each char below U+0780, looked up. */
  private static final boolean[] LETTER_OR_DIGIT = new boolean[0x0780];

  static {
    for (char c = 0; c < LETTER_OR_DIGIT.length; c++) LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
  }
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
    String simple = simpleFold(line);
    return simple != null ? simple : foldByLucene(line);
  }

  /** Lower case (any script), every decimal digit made ASCII, then Lucene's Arabic folding. */
  static String foldByLucene(String line) {
    char[] chars = line.toLowerCase(Locale.ROOT).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      int digit = Character.digit(chars[i], 10);
      if (digit >= 0) chars[i] = (char) ('0' + digit);
    }
    return new String(chars, 0, FOLD.normalize(chars, chars.length));
  }

  /**
   * The folded line in one pass when every char is ASCII or Arabic (whose lower case is itself, char by char):
   * lower case, Arabic-Indic digits made ASCII, and Lucene's {@link ArabicNormalizer} folding (آ أ إ to ا, ى to ي,
   * ة to ه, tatweel and harakat deleted); null otherwise, for {@link String#toLowerCase} and Lucene's own pass.
   */
  private static @Nullable String simpleFold(String line) {
    char[] chars = line.toCharArray();
    // in place: the folded text is never longer than what it has read
    int length = simpleFold(chars, 0, chars.length, chars);
    return length < 0 ? null : new String(chars, 0, length);
  }

  /**
   * {@link #simpleFold} of {@code chars[from..to)} into {@code out} (as long), without making a string: the folded
   * length, or -1 when a char is not ASCII or Arabic.
   */
  static int simpleFold(char[] chars, int from, int to, char[] out) {
    int k = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      char folded = c < SIMPLE.length ? SIMPLE[c] : OTHER;
      if (folded == DROP) continue;
      if (folded == OTHER) return -1;
      out[k++] = folded;
    }
    return k;
  }

  /** Where the {@link #bare} key starts in a folded {@code key[0..length)}. */
  static int bareStart(char[] key, int length) {
    int start = 0;
    while (start < length && !isLetterOrDigit(key[start])) start++;
    return start;
  }

  /** Where the {@link #bare} key ends in a folded {@code key[start..length)}. */
  static int bareEnd(char[] key, int start, int length) {
    int end = length;
    while (end > start && !isLetterOrDigit(key[end - 1])) end--;
    return end;
  }

  static boolean isLetterOrDigit(char c) {
    return c < LETTER_OR_DIGIT.length ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  private static char[] simpleTable() {
    char[] table = new char[0x0780];
    for (char c = 0; c < table.length; c++) table[c] = simple(c);
    return table;
  }

  private static char simple(char c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
    if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
    if (c < '\u0600' || c > '\u06FF' && c < '\u0750') return OTHER;
    return switch (c) {
      case '\u0622', '\u0623', '\u0625' -> '\u0627';
      case '\u0649' -> '\u064A';
      case '\u0629' -> '\u0647';
      case '\u0640', '\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652' -> DROP;
      default -> c;
    };
  }

  /** The folded line without punctuation, symbols and spaces at its ends ({@code حجم الخط:} → {@code حجم الخط}). */
  static String bare(String line) {
    return bareOf(of(line));
  }

  /** {@link #bare} of a line already folded. */
  static String bareOf(String key) {
    char[] chars = key.toCharArray();
    int start = bareStart(chars, chars.length);
    return key.substring(start, bareEnd(chars, start, chars.length));
  }

  /** Words: runs between spaces that hold a letter or a digit. */
  static int words(String line) {
    int words = 0;
    boolean counted = false;
    for (char c : line.toCharArray()) {
      if (c == ' ') {
        counted = false;
      } else if (!counted && isLetterOrDigit(c)) {
        words++;
        counted = true;
      }
    }
    return words;
  }
}

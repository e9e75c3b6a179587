package org.tarjama.clean;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;

/**
 * The normalisation table of {@code shared/arabic.md}, applied to one line: mojibake repair, invisible
 * controls deleted, NFKC on presentation forms only, NFC, space separators to one space, tatweel removed
 * where it is decoration. Harakat, digits and letters are kept as written (no folding).
 */
public final class TextNormalizer {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  // ﷼ keeps its form: NFKC would spell it ریال with a Persian yeh.
  private static final UnicodeSet PRESENTATION_FORMS =
      new UnicodeSet(0xFB50, 0xFDFF).add(0xFE70, 0xFEFE).remove(0xFDFC).freeze();
  // Bidi controls, BOM, zero-width space and joiners, soft hyphen: deleted, since a space would split words.
  private static final UnicodeSet INVISIBLE =
      new UnicodeSet("[\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]")
          .freeze();
  private static final char TATWEEL = '\u0640';
  private static final byte OTHER = 0;
  private static final byte PLAIN = 1;
  private static final byte SPACE = 2;
  private static final byte HARAKA = 3;
  /** How {@link #alreadyNormal} sees each char below U+0700, looked up. */
  private static final byte[] KINDS = new byte[0x0700];

  static {
    for (char c = 0; c < KINDS.length; c++) KINDS[c] = kindOf(c);
  }
  private static final int LONGEST_PREFIX = 3;

  public String normalize(String line) {
    char[] chars = line.toCharArray();
    return alreadyNormal(chars, 0, chars.length) ? line : normalizeFully(line);
  }

  /** Line {@code i} of {@code lines} normalised, checked in the article's chars. */
  String normalize(SourceLines lines, int i) {
    String line = lines.get(i);
    return alreadyNormal(lines.chars(), lines.start(i), lines.end(i)) ? line : normalizeFully(line);
  }

  String normalizeFully(String line) {
    String text = MojibakeRepair.repair(line);
    text = INVISIBLE.containsNone(text) ? text : INVISIBLE.stripFrom(text, true);
    text = presentationForms(text);
    text = NFC.normalize(text);
    text = spaces(text);
    return text.indexOf(TATWEEL) < 0 ? text : tatweel(text);
  }

  /**
   * Printable ASCII, Arabic letters, digits and punctuation, harakat in canonical order (no tatweel or other marks)
   * and common quotes and dashes, single spaces inside and none at the ends: every step of {@link #normalizeFully}
   * leaves such a line as it is, and most lines are such, so they are answered in one pass without a copy.
   */
  static boolean alreadyNormal(char[] chars, int from, int to) {
    if (from == to || chars[from] == ' ' || chars[to - 1] == ' ') return false;
    char previous = 'x';
    for (int i = from; i < to; i++) {
      char c = chars[i];
      char before = previous;
      previous = c;
      byte kind = c < KINDS.length ? KINDS[c] : plainQuote(c) ? PLAIN : OTHER;
      if (kind == PLAIN) continue;
      if (kind == SPACE) {
        if (before == ' ') return false;
        continue;
      }
      // fathatan to sukun compose with nothing, and their combining classes rise with the code point: NFC only
      // reorders two of them written in falling order
      if (kind == HARAKA) {
        if (before >= '\u064B' && before <= '\u0652' && before > c) return false;
        continue;
      }
      return false;
    }
    return true;
  }

  private static byte kindOf(char c) {
    if (c == ' ') return SPACE;
    if (c > ' ' && c < '\u007F' || plainArabic(c) || plainQuote(c)) return PLAIN;
    return c >= '\u064B' && c <= '\u0652' ? HARAKA : OTHER;
  }

  private static boolean plainQuote(char c) {
    return c == '«' || c == '»' || c == '–' || c == '—' || c == '‘' || c == '’' || c == '“' || c == '”' || c == '…';
  }

  /** Arabic letters (U+0620–U+063F, U+0641–U+064A, U+0671–U+06D5), digits and signs (U+0660–U+066F), ، ؛ ؟. */
  private static boolean plainArabic(char c) {
    return c >= '\u0620' && c <= '\u064A' && c != TATWEEL || c >= '\u0660' && c <= '\u066F'
        || c >= '\u0671' && c <= '\u06D5' || c == '\u060C' || c == '\u061B' || c == '\u061F';
  }

  private static String presentationForms(String text) {
    if (PRESENTATION_FORMS.containsNone(text)) return text;
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int plain = PRESENTATION_FORMS.span(text, i, UnicodeSet.SpanCondition.NOT_CONTAINED);
      out.append(text, i, plain);
      int forms = PRESENTATION_FORMS.span(text, plain, UnicodeSet.SpanCondition.CONTAINED);
      if (forms > plain) out.append(NFKC.normalize(text.substring(plain, forms)));
      i = forms;
    }
    return out.toString();
  }

  /** Every space separator, tab or control character becomes one space; runs collapse; ends are trimmed. */
  private static String spaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) out.append(' ');
      pendingSpace = false;
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    if (c <= ' ') return true;
    // the Arabic block holds neither controls nor space separators: most chars are answered here
    if (c >= '\u0600' && c <= '\u06FF' || c > ' ' && c < '\u007F') return false;
    return Character.isISOControl(c) || UCharacter.getType(c) == UCharacterCategory.SPACE_SEPARATOR;
  }

  /**
   * Tatweel between two letters is decoration and goes. It stays (as one) after a short prefix or marker
   * before a non-letter ({@code الـ84}, {@code بـ "كورونا"}, {@code 1442هـ}), and as written where it stands
   * for a dash (not attached to a letter before it).
   */
  private static String tatweel(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != TATWEEL) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && text.charAt(end) == TATWEEL) end++;
      int wordStart = wordStart(text, i);
      boolean afterLetter = wordStart < i;
      boolean beforeLetter = end < text.length() && arabicLetter(text.charAt(end));
      if (!afterLetter) {
        out.append(text, i, end);
      } else if (!beforeLetter && letters(text, wordStart, i) <= LONGEST_PREFIX) {
        out.append(TATWEEL);
      }
      i = end;
    }
    return out.toString();
  }

  private static int wordStart(String text, int i) {
    int k = i;
    while (k > 0 && (arabicLetter(text.charAt(k - 1)) || isMark(text.charAt(k - 1)))) k--;
    return k;
  }

  private static int letters(String text, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) if (arabicLetter(text.charAt(k))) n++;
    return n;
  }

  private static boolean arabicLetter(char c) {
    return c >= '\u0620' && c <= '\u064A' && c != TATWEEL || c >= '\u0671' && c <= '\u06D3';
  }

  private static boolean isMark(char c) {
    return UCharacter.getType(c) == UCharacterCategory.NON_SPACING_MARK;
  }
}

package org.tarjama.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Counts used by several scorers and by the export filters, defined once so calibration and scoring agree. */
public final class TextMeasure {

  private TextMeasure() {
  }

  /**
   * Visible length: code points, with each run of white space counted as one and combining marks (harakat)
   * not counted, so vocalised and plain Arabic measure the same.
   */
  public static int characters(String text) {
    int count = 0;
    boolean inSpace = true;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        inSpace = true;
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) continue;
      if (inSpace && count > 0) count++;
      inSpace = false;
      count++;
    }
    return count;
  }

  /** Words: runs of letters, digits and combining marks, lower-cased. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      boolean part = i < text.length() && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
      if (part && start < 0) start = i;
      if (!part && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      i += i < text.length() ? Character.charCount(c) : 1;
    }
    return words;
  }

  /** The share of a text's letters that are Arabic script, 0 to 1 (0 for a text without letters). */
  public static double arabicShare(String text) {
    return Letters.of(text).arabicShare();
  }

  /** Letters of a text counted by script: Arabic, Latin and all. */
  record Letters(int arabic, int latin, int all) {

    static Letters of(String text) {
      int arabic = 0;
      int latin = 0;
      int all = 0;
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        i += Character.charCount(c);
        if (!Character.isLetter(c)) continue;
        all++;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.ARABIC) arabic++;
        else if (script == Character.UnicodeScript.LATIN) latin++;
      }
      return new Letters(arabic, latin, all);
    }

    double arabicShare() {
      return all == 0 ? 0 : (double) arabic / all;
    }

    double latinShare() {
      return all == 0 ? 0 : (double) latin / all;
    }
  }
}

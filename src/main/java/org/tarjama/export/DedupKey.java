package org.tarjama.export;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * The key two pairs must share to be exact duplicates: NFKC; harakat and tatweel dropped; alef forms, alef
 * maqsura/yaa and taa marbuta/haa folded (Lucene's {@link ArabicNormalizer}); digits of any script as Western;
 * lower case; punctuation and symbols as space; white space collapsed. Lossy on purpose: only for matching.
 */
public final class DedupKey {

  private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

  private DedupKey() {
  }

  /** The sorted, distinct word-pair hashes of a key that near-duplicate matching compares (Jaccard similarity). */
  public static long[] wordPairs(String key) {
    return NearDuplicates.shingles(key);
  }

  /** Keys with fewer word pairs than this are left to exact matching. */
  public static final int MIN_WORD_PAIRS = NearDuplicates.MIN_SHINGLES;

  public static String of(String text) {
    char[] chars = Normalizer.normalize(text, Normalizer.Form.NFKC).toCharArray();
    int length = ARABIC.normalize(chars, chars.length);
    StringBuilder key = new StringBuilder(length);
    boolean space = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.FORMAT) continue;
      if (Character.isLetterOrDigit(c)) {
        if (space && key.length() > 0) key.append(' ');
        space = false;
        int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
        key.append(digit >= 0 ? (char) ('0' + digit) : c);
      } else {
        space = true;
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }
}

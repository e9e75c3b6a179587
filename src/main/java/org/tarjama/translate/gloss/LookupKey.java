package org.tarjama.translate.gloss;

import java.text.Normalizer;

/**
 * Keys for dictionary look-up, never applied to the text itself: harakat and tatweel removed, presentation
 * forms composed (the index writes some لا as a ligature), and in the folded key أ إ آ ٱ → ا, ى → ي, ة → ه.
 */
final class LookupKey {

  private LookupKey() {
  }

  /** The word as written, without harakat, tatweel or presentation forms. */
  static String exact(String word) {
    String text = word;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFB50' && c <= '\uFEFF') {
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        break;
      }
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isHaraka(c) && c != '\u0640') out.append(c);
    }
    return out.toString();
  }

  /** The exact key with hamza-carrying alefs, alef maqsura and taa marbuta folded. */
  static String folded(String word) {
    return foldExact(exact(word));
  }

  /** {@link #folded} of a word already in exact form. */
  static String foldExact(String exact) {
    StringBuilder out = new StringBuilder(exact.length());
    for (int i = 0; i < exact.length(); i++) {
      out.append(fold(exact.charAt(i)));
    }
    return out.toString();
  }

  static boolean isHaraka(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
  }

  private static char fold(char c) {
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ى' -> 'ي';
      case 'ة' -> 'ه';
      default -> c;
    };
  }
}

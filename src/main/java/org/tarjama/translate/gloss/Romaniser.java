package org.tarjama.translate.gloss;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/** Writes an Arabic word the dictionary does not know in plain Latin letters (ICU's Arabic-Latin, then ASCII). */
final class Romaniser {

  private final Transliterator arabicToLatin = Transliterator.getInstance("Arabic-Latin; Latin-ASCII");

  /** Never returns Arabic script: anything ICU leaves unconverted is dropped, and an empty result becomes "?". */
  String romanise(String arabic) {
    String latin;
    synchronized (arabicToLatin) {
      latin = arabicToLatin.transliterate(Normalizer.normalize(arabic, Normalizer.Form.NFKC));
    }
    StringBuilder out = new StringBuilder(latin.length());
    latin.codePoints()
        .filter(cp -> UScript.getScript(cp) != UScript.ARABIC && !Character.isWhitespace(cp))
        .forEach(out::appendCodePoint);
    return out.length() == 0 ? "?" : out.toString().toLowerCase(Locale.ROOT);
  }
}

package org.tarjama.memory;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The form of a source sentence that the memory keys on: Unicode NFC, every run of white space (including
 * no-break and other Unicode spaces) made one space, and no space at either end. Letters are never folded:
 * alef variants, hamza, diacritics, tatweel and zero-width joiners stay as written, because a backend may
 * translate them differently.
 */
public final class SourceText {

  private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private SourceText() {
  }

  public static String normalise(String text) {
    return SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
  }
}

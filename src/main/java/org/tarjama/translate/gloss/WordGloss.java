package org.tarjama.translate.gloss;

import org.jspecify.annotations.Nullable;

/**
 * The English for one Arabic word and the reading that found it; without a reading the English is only a
 * marked transliteration.
 */
record WordGloss(String arabic, String english, @Nullable Reading reading) {

  boolean known() {
    return reading != null;
  }
}

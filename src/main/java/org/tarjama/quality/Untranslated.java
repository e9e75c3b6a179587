package org.tarjama.quality;

import org.tarjama.model.Pair;

/**
 * The target still holds Arabic script, or equals the source. Score {@code arabic-share}: Arabic letters among
 * the target's letters. Mostly Arabic (or equal to the source) is untranslated; any Arabic letter at all is noted.
 */
final class Untranslated implements Scorer {

  /** Above this share of Arabic letters the target is taken as not translated at all. */
  static final double UNTRANSLATED_SHARE = 0.5;

  @Override
  public void score(Pair pair, ScoreSheet sheet) {
    TextMeasure.Letters letters = TextMeasure.Letters.of(pair.en());
    double share = letters.arabicShare();
    sheet.score("arabic-share", share);
    if (pair.en().strip().equals(pair.ar().strip()) || share >= UNTRANSLATED_SHARE) {
      sheet.flag(Flags.UNTRANSLATED);
    } else if (letters.arabic() > 0) {
      sheet.flag(Flags.ARABIC_IN_TARGET);
    }
  }
}

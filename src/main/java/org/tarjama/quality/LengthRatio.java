package org.tarjama.quality;

import org.tarjama.model.Pair;

/**
 * Target/source character ratio ({@code length-ratio}) and its z-score against a calibration
 * ({@code length-ratio-z}); flagged beyond {@link #FLAG_Z} standard deviations either way.
 */
final class LengthRatio implements Scorer {

  static final double FLAG_Z = 3.0;
  private final LengthCalibration calibration;

  LengthRatio(LengthCalibration calibration) {
    this.calibration = calibration;
  }

  @Override
  public void score(Pair pair, ScoreSheet sheet) {
    int source = TextMeasure.characters(pair.ar());
    int target = TextMeasure.characters(pair.en());
    if (source == 0 || target == 0) return;
    double z = calibration.z(source, target);
    sheet.score("length-ratio", round((double) target / source));
    sheet.score("length-ratio-z", round(z));
    if (Math.abs(z) > FLAG_Z) sheet.flag(Flags.LENGTH_RATIO);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}

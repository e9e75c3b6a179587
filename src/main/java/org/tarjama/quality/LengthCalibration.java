package org.tarjama.quality;

/**
 * Expected target/source length for a language pair: the mean and standard deviation of
 * ln(target characters / source characters), characters as {@link TextMeasure#characters(String)} counts them.
 */
public record LengthCalibration(double meanLogRatio, double sdLogRatio) {

  /**
   * Arabic→English, fitted by {@code LengthCalibrationFit} (test sources) on the 505 pairs of
   * shared/data/pud-ar-en.dev.tsv with robust estimates (median; 1.4826 × median absolute deviation).
   */
  public static final LengthCalibration ARABIC_ENGLISH = new LengthCalibration(0.1892, 0.1528);

  public LengthCalibration {
    if (!(sdLogRatio > 0)) throw new IllegalArgumentException("standard deviation must be positive: " + sdLogRatio);
  }

  /** How many standard deviations the pair's log length ratio lies from the calibration's mean. */
  public double z(int sourceChars, int targetChars) {
    return (Math.log((double) targetChars / sourceChars) - meanLogRatio) / sdLogRatio;
  }
}

package org.tarjama.align;

/**
 * Gale and Church's length model: an English sentence is about {@code c} times as long as its Arabic source, with
 * a variance that grows with length ({@code s2} per Arabic character). Lengths are in characters as
 * {@code TextMeasure.characters} counts them.
 */
public record LengthModel(double c, double s2) {

  /**
   * Arabic→English, fitted by {@code org.tarjama.bench.LengthModelFit} on the 505 pairs of
   * shared/data/pud-ar-en.dev.tsv.
   */
  public static final LengthModel ARABIC_ENGLISH = new LengthModel(1.1763, 4.0000);

  public LengthModel {
    if (!(c > 0) || !(s2 > 0)) throw new IllegalArgumentException("length model needs c > 0 and s2 > 0: " + c + ", " + s2);
  }

  /** The maximum-likelihood model of paired lengths: c the ratio of totals, s2 the variance per Arabic character. */
  public static LengthModel fit(int[] arChars, int[] enChars) {
    if (arChars.length != enChars.length || arChars.length == 0) throw new IllegalArgumentException("no pairs to fit");
    double ar = 0;
    double en = 0;
    for (int i = 0; i < arChars.length; i++) {
      ar += arChars[i];
      en += enChars[i];
    }
    double c = en / ar;
    double squares = 0;
    for (int i = 0; i < arChars.length; i++) {
      double d = enChars[i] - c * arChars[i];
      squares += d * d;
    }
    return new LengthModel(c, squares / ar);
  }

  /** -ln P(|δ| at least this large): 0 for lengths that fit exactly, growing as they drift apart. */
  public double cost(int arChars, int enChars) {
    if (arChars == 0 && enChars == 0) return 0;
    double mean = (arChars + enChars / c) / 2;
    double delta = (enChars - arChars * c) / Math.sqrt(Math.max(mean, 1) * s2);
    double tail = erfc(Math.abs(delta) / Math.sqrt(2));
    return -Math.log(Math.max(tail, 1e-12));
  }

  /** Complementary error function (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
  private static double erfc(double x) {
    double t = 1 / (1 + 0.5 * Math.abs(x));
    double y = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? y : 2 - y;
  }
}

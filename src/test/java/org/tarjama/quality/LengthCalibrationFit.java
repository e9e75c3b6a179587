package org.tarjama.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits {@link LengthCalibration#ARABIC_ENGLISH} on a PUD-style TSV (doc, sent, ar, en) and checks it on another:
 * {@code mvn -q test-compile exec:java -Pbench -Dexec.mainClass=org.tarjama.quality.LengthCalibrationFit
 * -Dexec.args="../shared/data/pud-ar-en.dev.tsv ../shared/data/pud-ar-en.test.tsv"}.
 * Robust estimates (median, scaled MAD) so a few misaligned pairs in real data do not widen the band.
 */
public final class LengthCalibrationFit {

  private LengthCalibrationFit() {
  }

  public static void main(String[] args) throws IOException {
    LengthCalibration fitted = fit(Path.of(args[0]));
    System.out.printf("fitted on %s: meanLogRatio=%.4f sdLogRatio=%.4f (ratio %.3f)%n", args[0],
        fitted.meanLogRatio(), fitted.sdLogRatio(), Math.exp(fitted.meanLogRatio()));
    for (int i = 0; i < args.length; i++) {
      double[] z = zScores(Path.of(args[i]), LengthCalibration.ARABIC_ENGLISH);
      System.out.printf("%s with shipped constants: n=%d mean z=%.3f sd z=%.3f |z|>2: %.1f%% |z|>3: %.1f%%%n", args[i],
          z.length, mean(z), sd(z), 100 * share(z, 2), 100 * share(z, 3));
    }
  }

  static LengthCalibration fit(Path tsv) throws IOException {
    double[] logs = logRatios(tsv);
    double median = median(logs);
    double[] deviations = Arrays.stream(logs).map(v -> Math.abs(v - median)).toArray();
    return new LengthCalibration(median, 1.4826 * median(deviations));
  }

  static double[] zScores(Path tsv, LengthCalibration calibration) throws IOException {
    double[] logs = logRatios(tsv);
    return Arrays.stream(logs).map(v -> (v - calibration.meanLogRatio()) / calibration.sdLogRatio()).toArray();
  }

  static double share(double[] z, double beyond) {
    return (double) Arrays.stream(z).filter(v -> Math.abs(v) > beyond).count() / z.length;
  }

  static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  static double sd(double[] values) {
    double mean = mean(values);
    return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
  }

  private static double[] logRatios(Path tsv) throws IOException {
    List<Double> logs = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length < 4) throw new IOException(tsv + ":" + (i + 1) + ": expected 4 tab-separated columns");
      int ar = TextMeasure.characters(cols[2]);
      int en = TextMeasure.characters(cols[3]);
      if (ar > 0 && en > 0) logs.add(Math.log((double) en / ar));
    }
    return logs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}

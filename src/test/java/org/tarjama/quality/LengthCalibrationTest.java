package org.tarjama.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LengthCalibrationTest {

  /** The shared data folder sits beside the repository (CI clones it there too). */
  static Path shared(String name) {
    Path file = Path.of("..", "shared", "data", name);
    assumeTrue(Files.isReadable(file), "no " + file + " beside the repository; calibration check skipped");
    return file;
  }

  @Test
  void shippedConstantsAreTheFitOnTheDevHalf() throws IOException {
    LengthCalibration fitted = LengthCalibrationFit.fit(shared("pud-ar-en.dev.tsv"));
    assertEquals(LengthCalibration.ARABIC_ENGLISH.meanLogRatio(), fitted.meanLogRatio(), 0.00005);
    assertEquals(LengthCalibration.ARABIC_ENGLISH.sdLogRatio(), fitted.sdLogRatio(), 0.00005);
  }

  @Test
  void heldOutHalfStaysWithinTheFlagBand() throws IOException {
    double[] z = LengthCalibrationFit.zScores(shared("pud-ar-en.test.tsv"), LengthCalibration.ARABIC_ENGLISH);
    assertEquals(495, z.length);
    assertTrue(Math.abs(LengthCalibrationFit.mean(z)) < 0.2, "mean z " + LengthCalibrationFit.mean(z));
    assertTrue(LengthCalibrationFit.share(z, LengthRatio.FLAG_Z) < 0.02, "share beyond 3: " + LengthCalibrationFit.share(z, 3));
  }

  @Test
  void zIsZeroAtTheCalibratedRatio() {
    int source = 1000;
    int target = (int) Math.round(source * Math.exp(LengthCalibration.ARABIC_ENGLISH.meanLogRatio()));
    assertEquals(0, LengthCalibration.ARABIC_ENGLISH.z(source, target), 0.01);
  }
}

package org.tarjama.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tarjama.align.LengthModel;
import org.tarjama.quality.TextMeasure;

/**
 * Fits {@link LengthModel#ARABIC_ENGLISH} on the PUD dev half:
 * {@code mvn -B -Pbench test-compile exec:java -Dexec.mainClass=org.tarjama.bench.LengthModelFit}.
 */
public final class LengthModelFit {

  private LengthModelFit() {
  }

  public static void main(String[] args) throws Exception {
    Path tsv = args.length > 0 ? Path.of(args[0]) : Path.of("..", "shared", "data", "pud-ar-en.dev.tsv");
    List<AlignmentTestSet.Row> rows = AlignmentTestSet.read(tsv);
    int[] ar = rows.stream().mapToInt(r -> TextMeasure.characters(r.ar())).toArray();
    int[] en = rows.stream().mapToInt(r -> TextMeasure.characters(r.en())).toArray();
    LengthModel fitted = LengthModel.fit(ar, en);
    System.out.printf(Locale.ROOT, "fitted on %s (%d pairs): c=%.4f s2=%.4f%n", tsv, rows.size(), fitted.c(), fitted.s2());
  }
}

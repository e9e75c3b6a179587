package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.tarjama.io.Skipped;
import org.tarjama.model.Repair;
import org.tarjama.pipeline.Counts;
import org.tarjama.pipeline.RepairedInput;
import org.tarjama.pipeline.RunListener;
import org.tarjama.pipeline.RunReport;

/** Tells the user on stderr what was skipped, and sums a run up. */
final class StderrReporter implements RunListener {

  private final PrintWriter err;

  StderrReporter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void skipped(Skipped skipped) {
    err.println("tarjama: skipped " + skipped.source() + ": " + skipped.reason());
  }

  @Override
  public void repaired(RepairedInput repaired) {
    for (Repair r : repaired.repairs()) {
      err.println("tarjama: repaired " + repaired.source() + " (article " + repaired.article() + ") line " + r.line()
          + ", byte " + r.byteOffset() + ": " + r.what());
    }
  }

  @Override
  public void backendChosen(String reason) {
    err.println("tarjama: " + reason);
  }

  @Override
  public void notice(String message) {
    err.println("tarjama: " + message);
  }

  void summary(RunReport report, Path out) {
    Counts c = report.counts();
    if (c.articles() == 0) {
      err.printf("tarjama: no article to write (%d inputs skipped); nothing written to %s%n", c.skippedInputs(), out);
      return;
    }
    err.printf("tarjama: %d articles, %d segments (%d translated, %d failed), %d lines removed, %d inputs skipped;"
            + " backend %s; wrote %s%n", c.articles(), c.segments(), c.translated(), c.failures(), c.removedLines(),
        c.skippedInputs(), report.backend(), out);
  }

  void alignSummary(RunReport report, Path out) {
    Counts c = report.counts();
    if (c.articles() == 0) {
      err.printf("tarjama: no document pair to align (%d inputs skipped); nothing written to %s%n", c.skippedInputs(), out);
      return;
    }
    err.printf("tarjama: %d document pairs aligned into %d sentence pairs, %d Arabic sentences untranslated,"
            + " %d inputs skipped; translated with %s; wrote %s%n", c.articles(), c.segments(), c.failures(),
        c.skippedInputs(), report.backend(), out);
  }
}

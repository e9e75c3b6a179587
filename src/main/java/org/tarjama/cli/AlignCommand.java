package org.tarjama.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.tarjama.AlignOptions;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.pipeline.RunReport;

/** {@code tarjama align}: Arabic documents and their English counterparts in, sentence pairs out. */
@Command(name = "align", mixinStandardHelpOptions = true,
    description = "Align Arabic documents with their English counterparts sentence by sentence (translate, then align)"
        + " and write pairs, corpus files and a run report.")
final class AlignCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "AR",
      description = "The Arabic file, a folder of Arabic files, or a TSV listing arabic-path TAB english-path per line.")
  String arabic;

  @Parameters(index = "1", arity = "0..1", paramLabel = "EN",
      description = "The English file, or a folder whose files pair with AR's by name; left out when AR is a TSV list.")
  String english;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "aligned", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--backend", paramLabel = "NAME", defaultValue = "gloss",
      description = "Backend that translates the Arabic for aligning (default: ${DEFAULT-VALUE}, offline).")
  String backend;

  @Option(names = "--presplit", description = "Both sides hold one sentence per line, taken as given (no cleaning or splitting).")
  boolean presplit;

  @Option(names = "--min-score", paramLabel = "S", defaultValue = "" + AlignOptions.DEFAULT_MIN_SCORE,
      description = "Lowest alignment score (0 to 1) of a pair written to the corpus files; all pairs stay in pairs.jsonl"
          + " (default: ${DEFAULT-VALUE}).")
  double minScore;

  @Mixin
  BackendFlags backendFlags;

  @Mixin
  EngineFlags engineFlags;

  @Override
  public Integer call() throws Exception {
    if (engineFlags.dryRun) throw new IllegalArgumentException("align has no --dry-run; the default gloss backend costs nothing");
    StderrReporter reporter = new StderrReporter(spec.commandLine().getErr());
    List<String> inputs = new ArrayList<>(List.of(arabic));
    if (english != null) inputs.add(english);
    try (ProgressReporter progress = ProgressReporter.forStderr(spec.commandLine().getErr(), reporter)) {
      TranslateOptions translate = backendFlags.applyTo(TranslateOptions.builder(inputs).out(out).backend(backend))
          .engine(engineFlags.toOptions(progress)).build();
      RunReport report = Tarjama.align(new AlignOptions(arabic, english, presplit, minScore, translate), progress);
      progress.close();
      reporter.alignSummary(report, out);
      return report.hasFailures() ? ExitCodes.FAILURES : ExitCodes.OK;
    }
  }
}

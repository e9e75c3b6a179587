package org.tarjama.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.pipeline.RunReport;

/** {@code tarjama translate}: articles in, translations and corpus files out. */
@Command(name = "translate", mixinStandardHelpOptions = true,
    description = "Translate Arabic articles and write aligned pairs, corpus files and a run report.")
final class TranslateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Article files, folders (every *.txt, *.jsonl, *.html below, recursively) or - for standard input.")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--backend", paramLabel = "NAME",
      description = "Translation backend, or auto (the default unless TARJAMA_BACKEND or the config file names one):"
          + " a configured backend, else LibreTranslate on 127.0.0.1:5000, else Ollama on 127.0.0.1:11434, else gloss."
          + " 'tarjama backends' lists them.")
  String backend;

  @Mixin
  BackendFlags backendFlags;

  @Mixin
  EngineFlags engineFlags;

  @Mixin
  ArticleFlags articleFlags;

  @Override
  public Integer call() throws Exception {
    StderrReporter reporter = new StderrReporter(spec.commandLine().getErr());
    try (ProgressReporter progress = ProgressReporter.forStderr(spec.commandLine().getErr(), reporter)) {
      TranslateOptions options = backendFlags.applyTo(TranslateOptions.builder(inputs).out(out).backend(backend))
          .engine(engineFlags.toOptions(progress)).input(articleFlags.input()).english(articleFlags.english()).build();
      if (engineFlags.dryRun) {
        ProgressReporter.printEstimate(Tarjama.dryRun(options, reporter), spec.commandLine().getOut());
        return ExitCodes.OK;
      }
      RunReport report = Tarjama.translate(options, progress);
      progress.close();
      reporter.summary(report, out);
      progress.summary(report.engine());
      if (report.engine().backendLost()) return ExitCodes.UNAVAILABLE;
      return report.hasFailures() ? ExitCodes.FAILURES : ExitCodes.OK;
    }
  }
}

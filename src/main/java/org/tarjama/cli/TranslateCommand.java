package org.tarjama.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
      description = "Article files, folders (every *.txt below, recursively) or - for standard input.")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--backend", paramLabel = "NAME", defaultValue = "gloss",
      description = "Translation backend (default: ${DEFAULT-VALUE}); 'tarjama backends' lists them.")
  String backend;

  @Option(names = "--endpoint", paramLabel = "URL", description = "Backend server address, for self-hosted backends.")
  String endpoint;

  @Option(names = "--model", paramLabel = "NAME", description = "Model name, for backends that have several.")
  String model;

  @Override
  public Integer call() throws Exception {
    TranslateOptions options = TranslateOptions.builder(inputs)
        .out(out).backend(backend).endpoint(endpoint).model(model).build();
    RunReport report = Tarjama.translate(options, new StderrReporter(spec.commandLine().getErr()));
    new StderrReporter(spec.commandLine().getErr()).summary(report, out);
    return report.hasFailures() ? ExitCodes.FAILURES : ExitCodes.OK;
  }
}

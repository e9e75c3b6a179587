package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tarjama.config.BackendCatalog;
import org.tarjama.config.ConfigException;
import org.tarjama.config.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tarjama backends}: every backend, whether it is configured here, its batch limits and what it is. */
@Command(name = "backends", mixinStandardHelpOptions = true,
    description = "List the translation backends, whether each is configured, and their batch limits.")
public final class BackendsCommand implements Callable<Integer> {

  @Option(names = "--config", paramLabel = "FILE",
      description = "Config file (default: tarjama.yaml in the working directory, or TARJAMA_CONFIG).")
  @Nullable Path config;

  @Spec
  @Nullable CommandSpec spec;

  private final Function<String, @Nullable String> env;
  private final Path workingDirectory;

  public BackendsCommand() {
    this(System::getenv, Path.of(""));
  }

  BackendsCommand(Function<String, @Nullable String> env, Path workingDirectory) {
    this.env = env;
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() throws ConfigException {
    PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    out.print(format(BackendCatalog.list(Configuration.load(config, workingDirectory, env))));
    out.flush();
    return 0;
  }

  /** One line per backend: name, configured or not, limits, description. */
  static String format(List<BackendCatalog.Entry> entries) {
    int name = Math.max(7, entries.stream().mapToInt(e -> e.name().length()).max().orElse(0));
    int limits = Math.max(6, entries.stream().mapToInt(e -> BackendCatalog.describe(e.limits()).length()).max().orElse(0));
    String row = "%-" + name + "s  %-10s  %-" + limits + "s  %s%n";
    StringBuilder text = new StringBuilder(String.format(row, "BACKEND", "CONFIGURED", "LIMITS", "DESCRIPTION"));
    for (BackendCatalog.Entry e : entries) {
      text.append(String.format(row, e.name(), e.configured() ? "yes" : "no", BackendCatalog.describe(e.limits()),
          e.description()));
    }
    return text.toString();
  }
}

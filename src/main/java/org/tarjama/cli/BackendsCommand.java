package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tarjama.config.BackendCatalog;
import org.tarjama.config.ConfigException;
import org.tarjama.config.Configuration;
import org.tarjama.translate.BackendDescriptor;
import org.tarjama.translate.BackendOption;
import org.tarjama.translate.BackendUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tarjama backends}: every backend, whether it is configured here, its batch limits and what it is;
 * {@code tarjama backends NAME}: what that backend declares (options, keys, auto-selection, rate limits, price).
 */
@Command(name = "backends", mixinStandardHelpOptions = true,
    description = {"List the translation backends, whether each is configured, and their batch limits.",
        "With a NAME, show what that backend declares: its options (and which change the translation), keys, "
            + "how auto finds it, rate limits and price."})
public final class BackendsCommand implements Callable<Integer> {

  @Option(names = "--config", paramLabel = "FILE",
      description = "Config file (default: tarjama.yaml in the working directory, or TARJAMA_CONFIG).")
  @Nullable Path config;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "A backend to describe.")
  @Nullable String backend;

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
  public Integer call() throws ConfigException, BackendUnavailableException {
    PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    Configuration configuration = Configuration.load(config, workingDirectory, env);
    out.print(backend == null ? format(BackendCatalog.list(configuration))
        : describe(configuration.backends().require(backend).descriptor()));
    out.flush();
    return 0;
  }

  /** What {@code d} declares, one fact a line, then one line per option. */
  static String describe(BackendDescriptor d) {
    StringBuilder text = new StringBuilder(d.name()).append('\n');
    text.append("  keys         ").append(d.keyVariables().isEmpty() ? "none" : String.join(", ", d.keyVariables()))
        .append('\n');
    List<String> auto = new ArrayList<>();
    if (!d.auto().variables().isEmpty()) auto.add("when " + String.join(" or ", d.auto().variables()) + " is set");
    d.auto().servers().forEach(s -> auto.add("when " + s.what() + " answers on " + s.address()));
    if (d.auto().lastResort()) auto.add("when nothing else is found");
    text.append("  auto         ").append(auto.isEmpty() ? "only by name" : String.join("; ", auto)).append('\n');
    text.append("  memory key   model, ").append(d.options().stream().filter(BackendOption::changesTranslation)
        .map(BackendOption::name).map(n -> n + ", ").collect(Collectors.joining()))
        .append(d.revision().isEmpty() ? "" : "revision " + d.revision() + ", ").append("source text\n");
    text.append("  options      (* changes the translation; default in brackets)\n");
    int width = d.options().stream().mapToInt(o -> o.name().length()).max().orElse(0);
    for (BackendOption o : d.options()) {
      String kind = o.type() == BackendOption.Type.CHOICE ? String.join("|", o.choices())
          : o.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      text.append(String.format("    %-" + width + "s %s %s%s  %s%n", o.name(), o.changesTranslation() ? "*" : " ", kind,
          o.defaultValue().isEmpty() ? "" : " [" + o.defaultValue() + "]", o.meaning()));
    }
    return text.toString();
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

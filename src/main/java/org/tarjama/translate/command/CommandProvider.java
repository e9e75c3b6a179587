package org.tarjama.translate.command;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.tarjama.translate.BackendDescriptor;
import org.tarjama.translate.BackendOption;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.Options;
import org.tarjama.translate.http.Secrets;

/**
 * Provides the {@code command} backend. The command line comes from option {@code command} (or
 * {@code --endpoint}) and runs with {@code /bin/sh -c}, so pipes and arguments work as in a shell.
 */
public final class CommandProvider implements TranslatorProvider {

  /** One process per batch: large batches spread the engine's start-up cost. */
  static final BatchLimits DEFAULT_LIMITS = BatchLimits.items(100);
  private static final String LABEL = CommandTranslator.NAME;
  static final BackendDescriptor DESCRIPTOR = BackendDescriptor.builder(LABEL)
      .batchLimits(DEFAULT_LIMITS).timeout(Duration.ofMinutes(10))
      .option(BackendOption.of("command", BackendOption.Type.TEXT, "", "the engine's command line").changingTranslation())
      .build();

  @Override
  public String name() {
    return LABEL;
  }

  @Override
  public String description() {
    return "a local engine run as a process (option command): one segment per line in, one translation per line out";
  }

  @Override
  public BackendDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public boolean isConfigured(BackendSettings settings) {
    return commandLine(settings).isPresent();
  }

  @Override
  public Optional<BatchLimits> limits(BackendSettings settings) {
    return Options.limitsIfValid(LABEL, settings, DEFAULT_LIMITS);
  }

  @Override
  public Translator create(BackendSettings settings) throws BackendUnavailableException {
    String line = commandLine(settings).orElseThrow(() -> new BackendUnavailableException(LABEL
        + ": no command; set option command in the config file (e.g. command: \"marian-decoder -c ar-en.yml\")"
        + " or pass it as --endpoint"));
    String program = line.strip().split("\\s+")[0];
    return new CommandTranslator(List.of("/bin/sh", "-c", line), settings.modelOpt().orElse(program),
        Options.timeout(LABEL, settings, Duration.ofMinutes(10)), Options.limits(LABEL, settings, DEFAULT_LIMITS),
        Secrets.from(settings));
  }

  private static Optional<String> commandLine(BackendSettings settings) {
    return settings.option("command").or(settings::endpointOpt);
  }
}

package org.tarjama.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import org.tarjama.TranslateOptions;

/** The options that set up a backend, shared by every command that translates: config file, options, endpoint, model. */
final class BackendFlags {

  @Option(names = "--config", paramLabel = "FILE",
      description = "Config file (default: TARJAMA_CONFIG, else tarjama.yaml in the working directory if present).")
  @Nullable Path config;

  @Option(names = {"-o", "--option"}, paramLabel = "KEY=VALUE",
      description = "A backend option, over the config file's (e.g. -o dictionary=/opt/dictd, -o max-items=20).")
  Map<String, String> backendOptions = new LinkedHashMap<>();

  @Option(names = "--endpoint", paramLabel = "URL", description = "Backend server address, for self-hosted backends.")
  @Nullable String endpoint;

  @Option(names = "--model", paramLabel = "NAME", description = "Model name, for backends that have several.")
  @Nullable String model;

  TranslateOptions.Builder applyTo(TranslateOptions.Builder options) {
    return options.endpoint(endpoint).model(model).backendOptions(backendOptions).config(config);
  }
}

package org.tarjama.translate;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything a provider may read to build its translator: endpoint and model from the command line or
 * config file, backend-specific options, and the environment (through a function so tests can supply
 * their own). Secrets are read from {@code env} or {@code options} and never printed.
 */
public record BackendSettings(@Nullable String endpoint, @Nullable String model, Map<String, String> options,
                              Function<String, @Nullable String> env) {

  private static final Pattern SECRET_NAME = Pattern.compile("(?i)key|token|secret|password");

  public BackendSettings {
    options = Map.copyOf(options);
  }

  public static BackendSettings fromEnvironment() {
    return new BackendSettings(null, null, Map.of(), System::getenv);
  }

  public Optional<String> endpointOpt() {
    return Optional.ofNullable(endpoint).filter(s -> !s.isBlank());
  }

  public Optional<String> modelOpt() {
    return Optional.ofNullable(model).filter(s -> !s.isBlank());
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name)).filter(s -> !s.isBlank());
  }

  /** A value from the options first, then the environment variable {@code envName}. */
  public Optional<String> secret(String optionName, String envName) {
    return option(optionName).or(() -> Optional.ofNullable(env.apply(envName)).filter(s -> !s.isBlank()));
  }

  public BackendSettings withEndpoint(@Nullable String newEndpoint) {
    return new BackendSettings(newEndpoint, model, options, env);
  }

  /** Shows option values except those whose names suggest a secret, and never the environment. */
  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>();
    options.forEach((k, v) -> shown.put(k, SECRET_NAME.matcher(k).find() ? "***" : v));
    return "BackendSettings[endpoint=" + endpoint + ", model=" + model + ", options=" + shown + "]";
  }

  public BackendSettings withModel(@Nullable String newModel) {
    return new BackendSettings(endpoint, newModel, options, env);
  }
}

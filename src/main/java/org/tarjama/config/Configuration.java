package org.tarjama.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.Backends;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.Options;

/**
 * Settings in layers: a flag wins over the environment, which wins over the config file. The backend comes
 * from {@code --backend}, else {@code TARJAMA_BACKEND}, else the file, else {@code auto}; an endpoint from
 * {@code --endpoint}, else the vendor's own variable ({@code OPENAI_BASE_URL}, {@code ANTHROPIC_BASE_URL}),
 * else the file; a secret from the environment, else the file's {@code secrets}. Every key in the file is
 * checked against the backends on the class path when this is built.
 */
public final class Configuration {

  public static final String BACKEND_VARIABLE = "TARJAMA_BACKEND";
  public static final String CONFIG_VARIABLE = "TARJAMA_CONFIG";
  public static final String AUTO = "auto";
  /** Rate limits and prices a backend section may carry for the engine and cost report. */
  public static final Set<String> ENGINE_OPTIONS = Set.of("requests-per-minute", "characters-per-minute",
      "price-per-million-characters", "price-per-million-input-tokens", "price-per-million-output-tokens");
  private static final Map<String, String> ENDPOINT_VARIABLES = Map.of("openai", "OPENAI_BASE_URL",
      "anthropic", "ANTHROPIC_BASE_URL");

  private final Backends backends;
  private final @Nullable ConfigFile file;
  private final Function<String, @Nullable String> env;

  public Configuration(Backends backends, @Nullable ConfigFile file, Function<String, @Nullable String> env)
      throws ConfigException {
    this.backends = backends;
    this.file = file;
    this.env = env;
    if (file != null) check(file);
  }

  /**
   * The configuration for a run: the file named by {@code --config} (or {@code TARJAMA_CONFIG}), else
   * {@code tarjama.yaml} in {@code workingDirectory} if present, and the backends on the class path.
   */
  public static Configuration load(@Nullable Path configFlag, Path workingDirectory,
                                   Function<String, @Nullable String> env) throws ConfigException {
    Path explicit = configFlag != null ? configFlag : Optional.ofNullable(env.apply(CONFIG_VARIABLE))
        .filter(s -> !s.isBlank()).map(Path::of).orElse(null);
    return new Configuration(Backends.load(), ConfigFile.locate(explicit, workingDirectory).orElse(null), env);
  }

  public Backends backends() {
    return backends;
  }

  public Optional<ConfigFile> file() {
    return Optional.ofNullable(file);
  }

  /** The backend name asked for, or {@link #AUTO}. */
  public String backendName(@Nullable String flag) {
    return present(flag).or(() -> present(env.apply(BACKEND_VARIABLE)))
        .or(() -> file == null ? Optional.empty() : present(file.backend())).orElse(AUTO);
  }

  /** What {@code backend} gets: endpoint and model by layer, its section's options, and the layered environment. */
  public BackendSettings settings(String backend, @Nullable String endpointFlag, @Nullable String modelFlag) {
    Map<String, String> section = new HashMap<>(file == null ? Map.of() : file.backends().getOrDefault(backend, Map.of()));
    String fileEndpoint = section.remove("endpoint");
    String fileModel = section.remove("model");
    String variable = ENDPOINT_VARIABLES.get(backend);
    String endpoint = present(endpointFlag).or(() -> variable == null ? Optional.empty() : present(env.apply(variable)))
        .or(() -> present(fileEndpoint)).orElse(null);
    String model = present(modelFlag).or(() -> present(fileModel)).orElse(null);
    Map<String, String> secrets = file == null ? Map.of() : file.secrets();
    Function<String, @Nullable String> layered = name -> present(env.apply(name)).orElse(secrets.get(name));
    return new BackendSettings(endpoint, model, section, layered);
  }

  private void check(ConfigFile config) throws ConfigException {
    String known = backends.all().stream().map(TranslatorProvider::name).collect(Collectors.joining(", "));
    if (config.backend() != null && !config.backend().equals(AUTO) && backends.find(config.backend()).isEmpty()) {
      throw new ConfigException(config.source() + ": 'backend' is '" + config.backend() + "', which is not a backend; "
          + "known backends: auto, " + known);
    }
    for (Map.Entry<String, Map<String, String>> section : config.backends().entrySet()) {
      TranslatorProvider provider = backends.find(section.getKey()).orElseThrow(() -> new ConfigException(
          config.source() + ": unknown key 'backends." + section.getKey() + "'; known backends: " + known));
      Set<String> allowed = new TreeSet<>(Set.of("endpoint", "model"));
      allowed.addAll(Options.COMMON);
      allowed.addAll(ENGINE_OPTIONS);
      allowed.addAll(provider.optionNames());
      for (String key : section.getValue().keySet()) {
        if (allowed.contains(key)) continue;
        String hint = key.matches("(?i).*(key|token|secret|password).*")
            ? "; put secrets under 'secrets:' by their variable name, e.g. secrets: {DEEPL_AUTH_KEY: ...}"
            : "; known keys for " + provider.name() + ": " + String.join(", ", allowed);
        throw new ConfigException(config.source() + ": unknown key 'backends." + section.getKey() + "." + key + "'" + hint);
      }
    }
  }

  private static Optional<String> present(@Nullable String value) {
    return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
  }
}

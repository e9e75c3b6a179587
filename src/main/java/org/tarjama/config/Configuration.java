package org.tarjama.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.BackendDescriptor;
import org.tarjama.translate.BackendOption;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.Backends;
import org.tarjama.translate.TranslatorProvider;

/**
 * Settings in layers: a flag wins over the environment, which wins over the config file. The backend comes
 * from {@code --backend}, else {@code TARJAMA_BACKEND}, else the file, else {@code auto}; an endpoint from
 * {@code --endpoint}, else the vendor's own variable (the backend's declared endpoint variable, e.g.
 * {@code OPENAI_BASE_URL}), else the file; a secret from the environment, else the file's {@code secrets}. Every
 * key in the file is checked against the backends' descriptors when this is built.
 */
public final class Configuration {

  public static final String BACKEND_VARIABLE = "TARJAMA_BACKEND";
  public static final String CONFIG_VARIABLE = "TARJAMA_CONFIG";
  public static final String AUTO = "auto";
  /** Keys of a backend section that are not options: they become the settings' endpoint and model. */
  private static final List<String> SECTION_KEYS = List.of("endpoint", "model");

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

  /**
   * What {@code backend} gets: endpoint and model by layer, its section's options (file options resolved against
   * the config file's directory), and the layered environment.
   */
  public BackendSettings settings(String backend, @Nullable String endpointFlag, @Nullable String modelFlag) {
    Map<String, String> section = new HashMap<>(file == null ? Map.of() : file.backends().getOrDefault(backend, Map.of()));
    String fileEndpoint = section.remove("endpoint");
    String fileModel = section.remove("model");
    Optional<BackendDescriptor> descriptor = backends.find(backend).map(TranslatorProvider::descriptor);
    if (file != null && descriptor.isPresent()) {
      section.replaceAll((name, value) -> descriptor.get().option(name).filter(o -> o.type() == BackendOption.Type.FILE)
          .map(o -> file.source().toAbsolutePath().resolveSibling(value.strip()).normalize().toString()).orElse(value));
    }
    String variable = descriptor.map(BackendDescriptor::endpointVariable).filter(v -> !v.isEmpty()).orElse(null);
    String endpoint = present(endpointFlag).or(() -> variable == null ? Optional.empty() : present(env.apply(variable)))
        .or(() -> present(fileEndpoint)).orElse(null);
    String model = present(modelFlag).or(() -> present(fileModel)).orElse(null);
    Map<String, String> secrets = file == null ? Map.of() : file.secrets();
    Function<String, @Nullable String> layered = name -> present(env.apply(name)).orElse(secrets.get(name));
    return new BackendSettings(endpoint, model, section, layered);
  }

  /**
   * Checks options given on the command line ({@code -o}) for {@code backend} as the config file's are checked:
   * an unknown name or a bad value is an error naming the backend's valid options.
   */
  public void checkOptions(String backend, Map<String, String> options) throws ConfigException {
    Optional<TranslatorProvider> provider = backends.find(backend);
    if (provider.isEmpty()) return;
    BackendDescriptor descriptor = provider.get().descriptor();
    for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
      if (SECTION_KEYS.contains(option.getKey())) {
        throw new ConfigException("-o " + option.getKey() + ": give the " + option.getKey() + " as --" + option.getKey());
      }
      try {
        descriptor.check(option.getKey(), option.getValue());
      } catch (IllegalArgumentException e) {
        throw new ConfigException("-o " + option.getKey() + ": " + e.getMessage() + secretHint(option.getKey(), descriptor));
      }
    }
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
      BackendDescriptor descriptor = provider.descriptor();
      for (Map.Entry<String, String> option : section.getValue().entrySet()) {
        String where = config.source() + ": ";
        String key = "backends." + section.getKey() + "." + option.getKey();
        if (SECTION_KEYS.contains(option.getKey())) continue;
        if (descriptor.option(option.getKey()).isEmpty()) {
          String hint = secretHint(option.getKey(), descriptor);
          throw new ConfigException(where + "unknown key '" + key + "'" + (hint.isEmpty() ? "; known keys for "
              + provider.name() + ": " + knownKeys(descriptor) : hint));
        }
        try {
          descriptor.check(option.getKey(), option.getValue());
        } catch (IllegalArgumentException e) {
          throw new ConfigException(where + "'" + key + "': " + e.getMessage());
        }
      }
    }
    Set<String> secretNames = new TreeSet<>();
    backends.all().forEach(p -> secretNames.addAll(p.descriptor().keyVariables()));
    for (String name : config.secrets().keySet()) {
      if (!secretNames.contains(name)) {
        throw new ConfigException(config.source() + ": unknown key 'secrets." + name + "'; known secrets: "
            + String.join(", ", secretNames));
      }
    }
  }

  private static String knownKeys(BackendDescriptor descriptor) {
    Set<String> keys = new TreeSet<>(SECTION_KEYS);
    descriptor.options().forEach(o -> keys.add(o.name()));
    return String.join(", ", keys);
  }

  /** For a name that looks like a key: where keys go instead. */
  private static String secretHint(String name, BackendDescriptor descriptor) {
    if (!name.matches("(?i).*(key|token|secret|password).*")) return "";
    String example = descriptor.keyVariables().isEmpty() ? "DEEPL_AUTH_KEY" : descriptor.keyVariables().get(0);
    return "; put secrets under 'secrets:' by their variable name, e.g. secrets: {" + example
        + ": ...}";
  }

  private static Optional<String> present(@Nullable String value) {
    return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
  }
}

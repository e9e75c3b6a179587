package org.tarjama.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@code tarjama.yaml} file, read and checked for shape:
 * <pre>
 * backend: openai               # or auto; a backend name as after --backend
 * backends:
 *   openai:                     # one section per backend: endpoint, model and its options
 *     endpoint: http://127.0.0.1:11434/v1
 *     model: qwen2.5:7b
 *     glossary: names.tsv       # relative to this file
 *     max-items: 20
 * secrets:                      # by the variable names the vendors use; the environment wins
 *   DEEPL_AUTH_KEY: ...
 * </pre>
 * Option names, values and secret names are checked against the backends in {@link Configuration}, which also
 * resolves file options (the glossary) against this file's directory. Its {@code toString} never shows a
 * secret.
 */
public record ConfigFile(Path source, @Nullable String backend, Map<String, Map<String, String>> backends,
                         Map<String, String> secrets) {

  public static final String DEFAULT_NAME = "tarjama.yaml";
  private static final List<String> TOP_LEVEL = List.of("backend", "backends", "secrets");

  public ConfigFile {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    backends.forEach((name, section) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(section))));
    backends = Collections.unmodifiableMap(copy);
    secrets = Map.copyOf(secrets);
  }

  /**
   * The config file to use: {@code explicit} when given (it must exist), else {@code tarjama.yaml} in
   * {@code workingDirectory} when there is one.
   */
  public static Optional<ConfigFile> locate(@Nullable Path explicit, Path workingDirectory) throws ConfigException {
    if (explicit != null) return Optional.of(read(explicit));
    Path implicit = workingDirectory.resolve(DEFAULT_NAME);
    return Files.isRegularFile(implicit) ? Optional.of(read(implicit)) : Optional.empty();
  }

  public static ConfigFile read(Path file) throws ConfigException {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": no such config file; check the --config path");
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ": not valid YAML: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) return new ConfigFile(file, null, Map.of(), Map.of());
    if (!root.isObject()) throw new ConfigException(file + ": expected keys (backend, backends, secrets) at the top");
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!TOP_LEVEL.contains(name)) {
        throw new ConfigException(file + ": unknown key '" + name + "'; known keys: " + String.join(", ", TOP_LEVEL));
      }
    }
    String backend = root.has("backend") ? scalar(file, "backend", root.get("backend")) : null;
    Map<String, Map<String, String>> backends = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> section : entries(file, "backends", root.path("backends"))) {
      Map<String, String> values = new LinkedHashMap<>();
      String where = "backends." + section.getKey();
      for (Map.Entry<String, JsonNode> value : entries(file, where, section.getValue())) {
        values.put(value.getKey(), scalar(file, where + "." + value.getKey(), value.getValue()));
      }
      backends.put(section.getKey(), values);
    }
    Map<String, String> secrets = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> secret : entries(file, "secrets", root.path("secrets"))) {
      secrets.put(secret.getKey(), scalar(file, "secrets." + secret.getKey(), secret.getValue()));
    }
    return new ConfigFile(file, backend, backends, secrets);
  }

  private static List<Map.Entry<String, JsonNode>> entries(Path file, String where, JsonNode node) throws ConfigException {
    if (node.isMissingNode() || node.isNull()) return List.of();
    if (!node.isObject()) throw new ConfigException(file + ": '" + where + "' must be a mapping of names to values");
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    node.fields().forEachRemaining(out::add);
    return out;
  }

  private static String scalar(Path file, String where, JsonNode node) throws ConfigException {
    if (!node.isValueNode() || node.isNull()) {
      throw new ConfigException(file + ": '" + where + "' must be a single value (text, number or true/false)");
    }
    return node.asText();
  }

  /** The file and its settings, with secret values hidden. */
  @Override
  public String toString() {
    return "ConfigFile[" + source + ", backend=" + backend + ", backends=" + backends + ", secrets=" + secrets.keySet() + "]";
  }
}

package org.tarjama.memory;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tarjama.translate.BackendDescriptor;
import org.tarjama.translate.BackendOption;
import org.tarjama.translate.BackendSettings;

/**
 * Which translations are interchangeable: the same backend, model, and the options its descriptor declares as
 * changing the translation ({@code options}: sorted {@code name=value} pairs joined by {@code ;}, a glossary by its
 * content hash). Batch sizes, timeouts, rate limits and prices are not in it, so changing them misses nothing.
 */
public record MemoryScope(String backend, String model, String options) {

  /** The pseudo-backend under which imported TMX entries live; they are consulted first for every backend. */
  public static final String IMPORTED = "tmx-import";

  /** How tarjama before backend descriptors told secrets from other options; only to read its keys. */
  private static final Pattern OLD_SECRET_NAME = Pattern.compile("(?i)key|token|secret|password");

  public MemoryScope {
    if (backend.isBlank()) throw new IllegalArgumentException("memory scope without a backend");
  }

  /** The scope of {@code backend}'s translations with {@code model} and {@code settings}, from its declaration. */
  public static MemoryScope of(BackendDescriptor backend, String model, BackendSettings settings) throws IOException {
    return of(backend.name(), model, backend.translationOptions(settings));
  }

  /** The scope with exactly these translation-changing {@code options}. */
  public static MemoryScope of(String backend, String model, Map<String, String> options) {
    return new MemoryScope(backend, model, join(options));
  }

  /**
   * The key tarjama used before backends declared their options (every option but secrets, glossary by path), for
   * reading memory files written then; empty when it equals the new key, or when a file option is set, since the
   * old key named the file, not its content.
   */
  public static Optional<MemoryScope> before(BackendDescriptor backend, String model, BackendSettings settings,
                                             MemoryScope current) {
    boolean fileSet = backend.options().stream()
        .anyMatch(o -> o.type() == BackendOption.Type.FILE && settings.option(o.name()).isPresent());
    Map<String, String> old = new TreeMap<>(settings.options());
    old.keySet().removeIf(name -> OLD_SECRET_NAME.matcher(name).find());
    MemoryScope scope = new MemoryScope(backend.name(), model, join(old));
    return fileSet || scope.equals(current) ? Optional.empty() : Optional.of(scope);
  }

  private static String join(Map<String, String> options) {
    return new TreeMap<>(options).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }

  /** The scope of entries imported from {@code origin} (a TMX file name). */
  public static MemoryScope imported(String origin) {
    return new MemoryScope(IMPORTED, origin, "");
  }
}

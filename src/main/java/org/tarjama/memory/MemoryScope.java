package org.tarjama.memory;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which translations are interchangeable: the same backend, model and options. {@code options} is the
 * backend options as sorted {@code name=value} pairs joined by {@code ;}, leaving out any option whose name
 * suggests a secret, so keys never reach the memory file.
 */
public record MemoryScope(String backend, String model, String options) {

  /** The pseudo-backend under which imported TMX entries live; they are consulted first for every backend. */
  public static final String IMPORTED = "tmx-import";

  private static final Pattern SECRET_NAME = Pattern.compile("(?i)key|token|secret|password");

  public MemoryScope {
    if (backend.isBlank()) throw new IllegalArgumentException("memory scope without a backend");
  }

  public static MemoryScope of(String backend, String model, Map<String, String> options) {
    String kept = new TreeMap<>(options).entrySet().stream()
        .filter(e -> !SECRET_NAME.matcher(e.getKey()).find())
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
    return new MemoryScope(backend, model, kept);
  }

  /** The scope of entries imported from {@code origin} (a TMX file name). */
  public static MemoryScope imported(String origin) {
    return new MemoryScope(IMPORTED, origin, "");
  }
}

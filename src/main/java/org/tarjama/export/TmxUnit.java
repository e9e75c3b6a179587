package org.tarjama.export;

import java.util.Map;
import java.util.Optional;

/** One translation unit read from a TMX file: its tuid (may be empty), props by type, and segment text by language. */
public record TmxUnit(String tuid, Map<String, String> props, Map<String, String> variants) {

  public TmxUnit {
    props = Map.copyOf(props);
    variants = Map.copyOf(variants);
  }

  /** The text for a language, matching {@code ar} also to regional tags such as {@code ar-SA}. */
  public Optional<String> text(String lang) {
    return variants.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(lang) || e.getKey().toLowerCase(java.util.Locale.ROOT).startsWith(lang + "-"))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}

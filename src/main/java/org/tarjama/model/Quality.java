package org.tarjama.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Quality scores of a pair (name to value) and the flags raised; written out, never used to drop silently. */
public record Quality(Map<String, Double> scores, List<String> flags) {

  private static final Quality NONE = new Quality(Map.of(), List.of());

  public Quality {
    scores = java.util.Collections.unmodifiableMap(new TreeMap<>(scores));
    flags = List.copyOf(flags);
  }

  public static Quality none() {
    return NONE;
  }

  public boolean flagged(String flag) {
    return flags.contains(flag);
  }
}

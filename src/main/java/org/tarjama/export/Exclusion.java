package org.tarjama.export;

import java.util.List;
import java.util.Optional;

/** Why an export left a pair out: every reason that applied, and the kept pair it duplicates, if that was why. */
public record Exclusion(List<String> reasons, Optional<String> duplicateOf) {

  public Exclusion {
    if (reasons.isEmpty()) throw new IllegalArgumentException("an exclusion needs a reason");
    reasons = List.copyOf(reasons);
  }

  public static Exclusion because(List<String> reasons) {
    return new Exclusion(reasons, Optional.empty());
  }

  public static Exclusion duplicateOf(String keptId, String reason) {
    return new Exclusion(List.of(reason), Optional.of(keptId));
  }

  /** The kind of the first reason (the text before its first space or colon), for counting. */
  public String kind() {
    String first = reasons.get(0);
    int end = first.length();
    for (int i = 0; i < first.length(); i++) {
      if (first.charAt(i) == ' ' || first.charAt(i) == ':') {
        end = i;
        break;
      }
    }
    return first.substring(0, end);
  }
}

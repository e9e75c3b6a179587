package org.tarjama.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.tarjama.model.Pair;
import org.tarjama.quality.TextMeasure;

/**
 * The score filters of an export: flags to drop, a bound on |length-ratio-z|, a minimum of words on each side.
 * A failed pair is always left out (it has no translation). Every reason that applies is given.
 */
public record PairFilters(Set<String> dropFlags, OptionalDouble maxLengthRatioZ, int minWords) {

  public PairFilters {
    dropFlags = Set.copyOf(dropFlags);
    if (maxLengthRatioZ.isPresent() && !(maxLengthRatioZ.getAsDouble() > 0)) {
      throw new IllegalArgumentException("--max-length-ratio-z must be above 0, not " + maxLengthRatioZ.getAsDouble());
    }
    if (minWords < 0) throw new IllegalArgumentException("--min-words must not be negative: " + minWords);
  }

  public static PairFilters none() {
    return new PairFilters(Set.of(), OptionalDouble.empty(), 0);
  }

  /** Why {@code pair} must be left out; empty when it passes. */
  public List<String> reasons(Pair pair) {
    List<String> reasons = new ArrayList<>();
    if (!pair.isOk()) {
      reasons.add("failed: " + pair.reason());
      return reasons;
    }
    for (String flag : pair.quality().flags()) {
      if (dropFlags.contains(flag)) reasons.add("flag " + flag);
    }
    Double z = pair.quality().scores().get("length-ratio-z");
    if (maxLengthRatioZ.isPresent() && z != null && Math.abs(z) > maxLengthRatioZ.getAsDouble()) {
      reasons.add(String.format(Locale.ROOT, "length-ratio-z %.3f beyond %.3f", z, maxLengthRatioZ.getAsDouble()));
    }
    if (minWords > 0) {
      int ar = TextMeasure.words(pair.ar()).size();
      int en = TextMeasure.words(pair.en()).size();
      if (ar < minWords || en < minWords) {
        reasons.add("min-words: ar " + ar + ", en " + en + ", fewer than " + minWords);
      }
    }
    return reasons;
  }
}

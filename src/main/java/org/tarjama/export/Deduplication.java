package org.tarjama.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tarjama.model.Pair;

/**
 * Decides, pair by pair in source order, whether a pair repeats one already kept: exactly (same
 * {@link DedupKey} of the Arabic side, anywhere) or nearly (word-bigram Jaccard at or above the threshold with a
 * kept pair of another document). The first occurrence is kept; later ones are excluded naming it.
 */
final class Deduplication {

  /** Default near-duplicate threshold: over a third of word pairs shared (see the export report for figures). */
  static final double DEFAULT_THRESHOLD = 0.35;

  private final ExportOptions.Dedup mode;
  private final Map<String, String> exact = new HashMap<>();
  private final NearDuplicates near;

  Deduplication(ExportOptions.Dedup mode, double threshold) {
    this.mode = mode;
    this.near = new NearDuplicates(threshold);
  }

  /** The exclusion for a duplicate; otherwise records {@code pair} as kept and returns empty. */
  Optional<Exclusion> offer(Pair pair) {
    if (mode == ExportOptions.Dedup.NONE) return Optional.empty();
    String key = DedupKey.of(pair.ar());
    if (key.isEmpty()) return Optional.empty();
    String id = pair.id().toString();
    String first = exact.putIfAbsent(key, id);
    if (first != null) return Optional.of(Exclusion.duplicateOf(first, "duplicate of " + first));
    if (mode == ExportOptions.Dedup.NEAR) {
      long[] shingles = NearDuplicates.shingles(key);
      Optional<NearDuplicates.Match> match = near.find(pair.id().doc(), shingles);
      if (match.isPresent()) {
        String kept = match.get().id();
        exact.put(key, kept);
        return Optional.of(Exclusion.duplicateOf(kept, String.format(Locale.ROOT,
            "near-duplicate of %s (jaccard %.3f)", kept, match.get().jaccard())));
      }
      near.add(id, pair.id().doc(), shingles);
    }
    return Optional.empty();
  }
}

package org.tarjama;

import org.jspecify.annotations.Nullable;

/**
 * Everything an align run needs: the Arabic and English inputs (two files, two folders, or with {@code english}
 * null a TSV listing the pairs), whether both sides are given one sentence per line, the lowest alignment score a
 * bead needs to reach the corpus files, and the translate settings (output folder, backend, engine, memory).
 */
public record AlignOptions(String arabic, @Nullable String english, boolean presplit, double minScore,
                           TranslateOptions translate) {

  /** Beads under this score stay in pairs.jsonl, flagged, and are left out of the corpus files. */
  public static final double DEFAULT_MIN_SCORE = 0.05;

  public AlignOptions {
    if (!(minScore >= 0 && minScore <= 1)) throw new IllegalArgumentException("--min-score must be between 0 and 1: " + minScore);
  }
}

package org.tarjama.model;

import java.util.List;

/**
 * A sentence pair found by aligning two documents: the pair (its {@code en} the human English), the bead type
 * ({@code 1-1}, {@code 2-1}: Arabic count, English count), the 0-based sentence indices of each side, and the
 * alignment score from 0 to 1.
 */
public record AlignedPair(Pair pair, String bead, List<Integer> arSents, List<Integer> enSents, double score) {

  public AlignedPair {
    if (arSents.isEmpty() || enSents.isEmpty()) throw new IllegalArgumentException("aligned pair " + pair.id() + " misses a side");
    arSents = List.copyOf(arSents);
    enSents = List.copyOf(enSents);
  }
}

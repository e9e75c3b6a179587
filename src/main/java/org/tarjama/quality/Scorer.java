package org.tarjama.quality;

import org.tarjama.model.Pair;

/** One quality measure; it reads a translated pair with a non-blank target and writes scores and flags. */
public interface Scorer {

  void score(Pair pair, ScoreSheet sheet);
}

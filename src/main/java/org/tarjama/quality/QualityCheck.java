package org.tarjama.quality;

import org.tarjama.model.Pair;

/** Scores a pair and raises flags; never drops it. */
public interface QualityCheck {

  Pair check(Pair pair);

  static QualityCheck none() {
    return pair -> pair;
  }
}

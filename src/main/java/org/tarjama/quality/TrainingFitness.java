package org.tarjama.quality;

import java.util.Locale;
import java.util.Set;
import org.tarjama.model.Pair;

/** Flags pairs whose backend does not produce training data (word-by-word glosses, pseudo-translation). */
final class TrainingFitness implements Scorer {

  /** Backends known to be unfit when no run tells otherwise (scoring pairs read back from files). */
  static final Set<String> KNOWN_UNFIT = Set.of("gloss", "pseudo");

  private final Set<String> unfit;

  TrainingFitness(Set<String> unfit) {
    this.unfit = unfit;
  }

  @Override
  public void score(Pair pair, ScoreSheet sheet) {
    if (unfit.contains(pair.backend().toLowerCase(Locale.ROOT))) sheet.flag(Flags.NOT_FOR_TRAINING);
  }
}

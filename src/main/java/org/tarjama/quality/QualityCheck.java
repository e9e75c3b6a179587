package org.tarjama.quality;

import java.util.Set;
import org.tarjama.model.Pair;

/** Scores a pair and raises flags; never drops it. */
public interface QualityCheck {

  Pair check(Pair pair);

  /**
   * The check for a run of one backend: the pipeline tells it whether that backend's output is fit for
   * training (see {@code Translator.fitForTraining()}). Checks that do not care return themselves.
   */
  default QualityCheck forBackend(String backend, boolean fitForTraining) {
    return this;
  }

  static QualityCheck none() {
    return pair -> pair;
  }

  /** Every standard scorer; backends named in {@link TrainingFitness#KNOWN_UNFIT} are flagged not for training. */
  static QualityCheck standard() {
    return StandardCheck.create(TrainingFitness.KNOWN_UNFIT);
  }

  /** Every standard scorer; pairs from {@code unfitBackends} are flagged not for training. */
  static QualityCheck standard(Set<String> unfitBackends) {
    return StandardCheck.create(unfitBackends);
  }
}

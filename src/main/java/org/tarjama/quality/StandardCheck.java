package org.tarjama.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tarjama.model.Pair;

/**
 * The standard check: an empty target is flagged and scored no further; any other translated pair goes through
 * every scorer. Failed pairs carry no translation, so they get no scores.
 */
final class StandardCheck implements QualityCheck {

  private final List<Scorer> scorers;
  private final Scorer fitness;
  private final Set<String> unfitBackends;

  private StandardCheck(Set<String> unfitBackends) {
    this.unfitBackends = Set.copyOf(unfitBackends);
    this.fitness = new TrainingFitness(this.unfitBackends);
    this.scorers = List.of(new Untranslated(), new LengthRatio(LengthCalibration.ARABIC_ENGLISH), new Numbers(),
        new Repetition(), new TargetLanguage(), fitness);
  }

  static StandardCheck create(Set<String> unfitBackends) {
    Set<String> lower = new HashSet<>();
    for (String name : unfitBackends) lower.add(name.toLowerCase(Locale.ROOT));
    return new StandardCheck(lower);
  }

  @Override
  public Pair check(Pair pair) {
    if (!pair.isOk()) return pair;
    ScoreSheet sheet = new ScoreSheet();
    if (pair.en().isBlank()) {
      sheet.flag(Flags.EMPTY);
      fitness.score(pair, sheet);
    } else {
      for (Scorer scorer : scorers) scorer.score(pair, sheet);
    }
    return pair.withQuality(sheet.toQuality(pair.quality()));
  }

  @Override
  public QualityCheck forBackend(String backend, boolean fitForTraining) {
    Set<String> unfit = new HashSet<>(unfitBackends);
    String name = backend.toLowerCase(Locale.ROOT);
    if (fitForTraining) unfit.remove(name);
    else unfit.add(name);
    return new StandardCheck(unfit);
  }
}

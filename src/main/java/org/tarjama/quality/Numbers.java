package org.tarjama.quality;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tarjama.model.Pair;

/**
 * Every number of the source must appear in the target, by value: {@code ١٬٥٠٠} matches {@code 1,500} and
 * {@code 150 ألف} matches {@code 150,000} or {@code 150 thousand}. Score {@code numbers}: the share of source
 * numbers found (only when the source has numbers); flagged when one is missing.
 */
final class Numbers implements Scorer {

  @Override
  public void score(Pair pair, ScoreSheet sheet) {
    List<NumberFinder.Found> source = NumberFinder.find(pair.ar());
    if (source.isEmpty()) return;
    Set<BigDecimal> target = new HashSet<>();
    for (BigDecimal value : NumberFinder.valuesIn(pair.en())) target.add(value.stripTrailingZeros());
    int found = 0;
    for (NumberFinder.Found number : source) {
      if (number.values().stream().anyMatch(v -> target.contains(v.stripTrailingZeros()))) found++;
    }
    sheet.score("numbers", Math.round(1000.0 * found / source.size()) / 1000.0);
    if (found < source.size()) sheet.flag(Flags.NUMBERS);
  }
}

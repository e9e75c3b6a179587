package org.tarjama.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.model.Quality;

/** Where scorers write a pair's scores and flags while it is checked. */
public final class ScoreSheet {

  private final Map<String, Double> scores = new LinkedHashMap<>();
  private final List<String> flags = new ArrayList<>();

  public ScoreSheet score(String name, double value) {
    if (!Double.isFinite(value)) throw new IllegalArgumentException("score " + name + " is not finite: " + value);
    scores.put(name, value);
    return this;
  }

  public ScoreSheet flag(String name) {
    if (!flags.contains(name)) flags.add(name);
    return this;
  }

  /** The scores and flags written so far, merged over {@code earlier} (earlier flags kept, scores replaced). */
  Quality toQuality(Quality earlier) {
    Map<String, Double> merged = new LinkedHashMap<>(earlier.scores());
    merged.putAll(scores);
    List<String> all = new ArrayList<>(earlier.flags());
    for (String flag : flags) if (!all.contains(flag)) all.add(flag);
    return new Quality(merged, all);
  }
}

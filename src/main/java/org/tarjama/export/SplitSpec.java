package org.tarjama.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Named parts and their shares of the pairs, as given to {@code --split train=0.8,dev=0.1,test=0.1}. */
public record SplitSpec(Map<String, Double> shares) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

  public SplitSpec {
    if (shares.isEmpty()) throw new IllegalArgumentException("a split needs at least one part");
    double sum = 0;
    for (Map.Entry<String, Double> part : shares.entrySet()) {
      if (!NAME.matcher(part.getKey()).matches()) {
        throw new IllegalArgumentException("split part name '" + part.getKey() + "' must be letters, digits, _ or -");
      }
      if (!(part.getValue() > 0)) throw new IllegalArgumentException("split part " + part.getKey() + " needs a share above 0");
      sum += part.getValue();
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "split shares add up to %.4f; they must add up to 1", sum));
    }
    shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
  }

  /** Parses {@code name=share,name=share,…}, keeping the order given. */
  public static SplitSpec parse(String text) {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (String part : text.split(",")) {
      String[] kv = part.strip().split("=", 2);
      if (kv.length != 2) throw new IllegalArgumentException("split part '" + part + "' is not NAME=SHARE (e.g. train=0.8)");
      try {
        if (shares.put(kv[0].strip(), Double.parseDouble(kv[1].strip())) != null) {
          throw new IllegalArgumentException("split part " + kv[0].strip() + " is given twice");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("split share '" + kv[1] + "' of " + kv[0] + " is not a number", e);
      }
    }
    return new SplitSpec(shares);
  }

  public List<String> names() {
    return new ArrayList<>(shares.keySet());
  }
}

package org.tarjama.align;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Pair;
import org.tarjama.model.SegmentId;

/**
 * Rejoins the pieces of a sentence that was cut because it was longer than the backend's per-item limit, so
 * the corpus stays sentence-aligned: one pair per sentence, failed if any piece failed.
 */
public final class PieceJoiner {

  private PieceJoiner() {
  }

  public static List<Pair> join(List<Pair> pairs) {
    List<Pair> joined = new ArrayList<>(pairs.size());
    int i = 0;
    while (i < pairs.size()) {
      Pair first = pairs.get(i);
      int end = i + 1;
      if (first.id().piece() > 0) {
        while (end < pairs.size() && pairs.get(end).id().piece() > 0
            && pairs.get(end).id().sentence().equals(first.id().sentence())) {
          end++;
        }
      }
      joined.add(end - i == 1 && first.id().piece() == 0 ? first : merge(pairs.subList(i, end)));
      i = end;
    }
    return joined;
  }

  private static Pair merge(List<Pair> pieces) {
    Pair first = pieces.get(0);
    SegmentId id = first.id().sentence();
    String ar = String.join(" ", pieces.stream().map(Pair::ar).toList());
    List<String> failures = pieces.stream().filter(p -> !p.isOk())
        .map(p -> "piece " + p.id().piece() + ": " + p.reason()).toList();
    if (!failures.isEmpty()) return Pair.failed(id, ar, first.backend(), first.model(), String.join("; ", failures));
    return Pair.ok(id, ar, String.join(" ", pieces.stream().map(Pair::en).toList()), first.backend(), first.model());
  }
}

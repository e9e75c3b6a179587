package org.tarjama.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.translate.Outcome;

/**
 * Pairs each segment with its outcome by segment id, never by position. A segment without an outcome
 * becomes a failed pair; an outcome for a segment the article does not have is an engine bug.
 */
final class IdAligner implements Aligner {

  static final String NO_OUTCOME = "no translation returned for this segment";

  @Override
  public List<Pair> align(Article article, Map<SegmentId, Outcome> outcomes, String backend, String model) {
    List<Segment> segments = article.segments();
    Set<SegmentId> known = new HashSet<>();
    List<Pair> pairs = new ArrayList<>(segments.size());
    for (Segment segment : segments) {
      known.add(segment.id());
      Outcome outcome = outcomes.get(segment.id());
      if (outcome instanceof Outcome.Translated t) {
        pairs.add(Pair.ok(segment.id(), segment.text(), t.text(), t.backend(), t.model()));
      } else if (outcome instanceof Outcome.Failed f) {
        pairs.add(Pair.failed(segment.id(), segment.text(), f.backend(), f.model(), f.reason()));
      } else {
        pairs.add(Pair.failed(segment.id(), segment.text(), backend, model, NO_OUTCOME));
      }
    }
    for (SegmentId id : outcomes.keySet()) {
      if (!known.contains(id)) {
        throw new IllegalStateException("outcome for segment " + id + " that article " + article.id() + " does not have");
      }
    }
    return pairs;
  }
}

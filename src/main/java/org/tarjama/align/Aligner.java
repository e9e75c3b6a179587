package org.tarjama.align;

import java.util.List;
import java.util.Map;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.SegmentId;
import org.tarjama.translate.Outcome;

/** The align stage: an article's segments and their translation outcomes in, one pair per segment out. */
@FunctionalInterface
public interface Aligner {

  /** {@code backend} and {@code model} name the pairs of segments that got no outcome at all. */
  List<Pair> align(Article article, Map<SegmentId, Outcome> outcomes, String backend, String model);

  /** Pairs each segment with its outcome by segment id, never by position. */
  static Aligner bySegmentId() {
    return new IdAligner();
  }
}

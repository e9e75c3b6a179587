package org.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.model.Pair;
import org.tarjama.model.SegmentId;

class PieceJoinerTest {

  private static final SegmentId WHOLE = new SegmentId("d", 1, 1);
  private static final SegmentId P1 = new SegmentId("d", 1, 2, 1);
  private static final SegmentId P2 = new SegmentId("d", 1, 2, 2);
  private static final SegmentId NEXT = new SegmentId("d", 1, 3, 1);

  @Test
  void piecesOfOneSentenceBecomeOnePairUnderTheSentenceId() {
    List<Pair> joined = PieceJoiner.join(List.of(Pair.ok(WHOLE, "أ.", "A.", "b", "m"),
        Pair.ok(P1, "قال الوزير،", "The minister said,", "b", "m"), Pair.ok(P2, "ثم غادر.", "then left.", "b", "m"),
        Pair.ok(NEXT, "ج،", "C,", "b", "m")));
    assertEquals(List.of(Pair.ok(WHOLE, "أ.", "A.", "b", "m"),
        Pair.ok(new SegmentId("d", 1, 2), "قال الوزير، ثم غادر.", "The minister said, then left.", "b", "m"),
        Pair.ok(new SegmentId("d", 1, 3), "ج،", "C,", "b", "m")), joined);
  }

  @Test
  void aFailedPieceFailsTheWholeSentenceWithoutATranslation() {
    List<Pair> joined = PieceJoiner.join(List.of(Pair.ok(P1, "قال الوزير،", "The minister said,", "b", "m"),
        Pair.failed(P2, "ثم غادر.", "b", "m", "b: HTTP 500")));
    assertEquals(List.of(Pair.failed(new SegmentId("d", 1, 2), "قال الوزير، ثم غادر.", "b", "m", "piece 2: b: HTTP 500")),
        joined);
  }
}

package org.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.model.Span;
import org.tarjama.translate.Outcome;

class AlignerTest {

  private static final SegmentId A = new SegmentId("d", 1, 1);
  private static final SegmentId B = new SegmentId("d", 1, 2);
  private static final SegmentId C = new SegmentId("d", 2, 1);

  private static Article article() {
    return new Article("d", "d.txt", "UTF-8", List.of(
        new Paragraph(1, 1, "أ. ب.", List.of(new Segment(A, "أ.", new Span(0, 2)), new Segment(B, "ب.", new Span(3, 5)))),
        new Paragraph(2, 3, "ج.", List.of(new Segment(C, "ج.", new Span(0, 2))))), List.of());
  }

  @Test
  void pairsByIdWhateverOrderOutcomesArriveIn() {
    Map<SegmentId, Outcome> outcomes = new LinkedHashMap<>();
    outcomes.put(C, new Outcome.Translated("C", "x", "m"));
    outcomes.put(A, new Outcome.Translated("A", "x", "m"));
    outcomes.put(B, new Outcome.Failed("x: HTTP 503", "x", "m"));
    List<Pair> pairs = Aligner.bySegmentId().align(article(), outcomes, "x", "m");
    assertEquals(List.of(Pair.ok(A, "أ.", "A", "x", "m"), Pair.failed(B, "ب.", "x", "m", "x: HTTP 503"),
        Pair.ok(C, "ج.", "C", "x", "m")), pairs);
  }

  @Test
  void segmentWithoutOutcomeFailsInsteadOfShiftingOrCopyingTheSource() {
    List<Pair> pairs = Aligner.bySegmentId().align(article(), Map.of(A, new Outcome.Translated("A", "x", "m")), "x", "m");
    assertEquals(Pair.failed(B, "ب.", "x", "m", IdAligner.NO_OUTCOME), pairs.get(1));
    assertEquals("", pairs.get(2).en());
  }

  @Test
  void outcomeForUnknownSegmentIsAnError() {
    Map<SegmentId, Outcome> outcomes = Map.of(new SegmentId("d", 9, 9), new Outcome.Translated("?", "x", "m"));
    assertThrows(IllegalStateException.class, () -> Aligner.bySegmentId().align(article(), outcomes, "x", "m"));
  }
}

package org.tarjama.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentIdTest {

  @Test
  void printsAndParsesWholeSentencesAndPieces() {
    SegmentId whole = new SegmentId("003_e2e31be185229538", 4, 2);
    SegmentId piece = new SegmentId("003_e2e31be185229538", 4, 2, 3);
    assertEquals("003_e2e31be185229538:p4s2", whole.toString());
    assertEquals("003_e2e31be185229538:p4s2.3", piece.toString());
    assertEquals(whole, SegmentId.parse(whole.toString()));
    assertEquals(piece, SegmentId.parse(piece.toString()));
    assertEquals(whole, piece.sentence());
  }

  @Test
  void documentIdsMayContainColons() {
    SegmentId id = new SegmentId("site:a:b", 1, 1);
    assertEquals(id, SegmentId.parse(id.toString()));
  }

  @Test
  void ordersByDocumentParagraphSentenceAndPieceNumerically() {
    List<SegmentId> ids = new ArrayList<>(List.of(new SegmentId("a", 10, 1), new SegmentId("a", 2, 3, 2),
        new SegmentId("a", 2, 3, 1), new SegmentId("a", 2, 1)));
    Collections.sort(ids);
    assertEquals("[a:p2s1, a:p2s3.1, a:p2s3.2, a:p10s1]", ids.toString());
  }

  @Test
  void rejectsMalformedText() {
    assertThrows(IllegalArgumentException.class, () -> SegmentId.parse("a:3:2"));
    assertThrows(IllegalArgumentException.class, () -> new SegmentId("a", 0, 1));
  }

  @Test
  void spanTrimDropsNoBreakSpaceAndDerivesText() {
    String text = "\u00a0 مرصد مينا ";
    Span span = new Span(0, text.length()).trim(text);
    assertEquals("مرصد مينا", span.covered(text));
    assertTrue(span.intersects(new Span(3, 4)));
  }

  @Test
  void failedPairCannotCarryATranslation() {
    SegmentId id = new SegmentId("a", 1, 1);
    assertThrows(IllegalArgumentException.class,
        () -> new Pair(id, "نص", "text", "b", "", PairStatus.FAILED, "timeout", Quality.none()));
    assertThrows(IllegalArgumentException.class, () -> Pair.failed(id, "نص", "b", "", " "));
  }
}

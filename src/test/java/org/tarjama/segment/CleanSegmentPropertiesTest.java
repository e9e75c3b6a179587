package org.tarjama.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tarjama.FuzzInputs;
import org.tarjama.clean.CleanText;
import org.tarjama.clean.NewsCleaner;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Segment;
import org.tarjama.model.Span;

/** The cleaner and the segmenter never throw on random or mutated text, and every span stays inside its text. */
class CleanSegmentPropertiesTest {

  private static final NewsCleaner CLEANER = new NewsCleaner();
  private static final ArabicSegmenter SEGMENTER = new ArabicSegmenter();

  @Provide
  Arbitrary<String> randomText() {
    return FuzzInputs.arabicText();
  }

  @Provide
  Arbitrary<String> mutatedSeedText() {
    return FuzzInputs.mutatedSeedText();
  }

  private static void cleansAndSegments(String text, int maxChars) {
    CleanText clean = CLEANER.clean("doc", text);
    int previous = 0;
    for (Paragraph p : clean.paragraphs()) {
      assertTrue(p.line() > previous, "paragraphs keep the order of their lines");
      previous = p.line();
      assertFalse(p.text().contains("\n"), p.text());
      List<Segment> segments = SEGMENTER.segments("doc", p, maxChars);
      int end = 0;
      for (Segment s : segments) {
        Span span = s.span();
        assertTrue(span.start() >= end && span.end() <= p.text().length() && span.length() > 0, span + " in " + p.text());
        assertEquals(span.covered(p.text()), s.text());
        assertTrue(s.text().length() <= maxChars || maxChars == Segmenter.NO_LIMIT || s.id().piece() == 0,
            "a piece is within the limit: " + s.text().length());
        end = span.end();
      }
    }
  }

  @Property
  void randomTextIsCleanedAndSegmentedWithSpansInsideTheirParagraph(@ForAll("randomText") String text) {
    cleansAndSegments(text, Segmenter.NO_LIMIT);
    cleansAndSegments(text, 40);
  }

  @Property
  void mutatedSeedsAreCleanedAndSegmentedWithSpansInsideTheirParagraph(@ForAll("mutatedSeedText") String text) {
    cleansAndSegments(text, Segmenter.NO_LIMIT);
    cleansAndSegments(text, 120);
  }
}

package org.tarjama.segment;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.model.Span;

/** Splits one paragraph (no line breaks inside) into sentence spans, in order, trimmed, never empty. */
public interface Segmenter {

  /** No limit on sentence length: sentences are never cut into pieces. */
  int NO_LIMIT = Integer.MAX_VALUE;

  List<Span> split(String paragraph);

  /** The sentences of {@code paragraph}, each longer than {@code maxChars} cut at clause boundaries. */
  default List<Sentence> sentences(String paragraph, int maxChars) {
    List<Span> spans = split(paragraph);
    List<Sentence> sentences = new ArrayList<>(spans.size());
    if (maxChars == NO_LIMIT) {
      for (Span span : spans) sentences.add(Sentence.whole(span));
    } else {
      ClauseCutter cutter = new ClauseCutter(maxChars);
      for (Span span : spans) sentences.add(cutter.cut(paragraph, span));
    }
    return sentences;
  }

  /**
   * The segments of one paragraph of article {@code doc}: sentence n is {@code doc:pPsN}, and the pieces of
   * a sentence cut because it is longer than {@code maxChars} are {@code doc:pPsN.1}, {@code .2}, ...
   */
  default List<Segment> segments(String doc, Paragraph paragraph, int maxChars) {
    String text = paragraph.text();
    List<Segment> segments = new ArrayList<>();
    int sent = 0;
    for (Sentence sentence : sentences(text, maxChars)) {
      sent++;
      List<Span> parts = sentence.parts();
      for (int k = 0; k < parts.size(); k++) {
        Span part = parts.get(k);
        int piece = sentence.isWhole() ? 0 : k + 1;
        segments.add(new Segment(new SegmentId(doc, paragraph.index(), sent, piece), part.covered(text), part));
      }
    }
    return segments;
  }
}

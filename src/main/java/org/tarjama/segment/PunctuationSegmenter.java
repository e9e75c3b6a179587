package org.tarjama.segment;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Span;

/** Placeholder segmenter: splits after . ! ? ؟ followed by white space. Replaced by the Arabic segmenter. */
public final class PunctuationSegmenter implements Segmenter {

  @Override
  public List<Span> split(String paragraph) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      boolean end = (c == '.' || c == '!' || c == '?' || c == '؟')
          && (i + 1 == paragraph.length() || Character.isWhitespace(paragraph.charAt(i + 1)));
      if (end) {
        add(spans, paragraph, start, i + 1);
        start = i + 1;
      }
    }
    add(spans, paragraph, start, paragraph.length());
    return spans;
  }

  private static void add(List<Span> spans, String text, int start, int end) {
    Span span = new Span(start, end).trim(text);
    if (span.length() > 0) spans.add(span);
  }
}

package org.tarjama.model;

import java.util.List;

/**
 * A cleaned paragraph: one source line of content (a line break is a hard boundary), its 1-based index
 * among the article's kept paragraphs, the source line it came from, and its segments.
 */
public record Paragraph(int index, int line, String text, List<Segment> segments) {

  public Paragraph {
    if (index < 1) throw new IllegalArgumentException("bad paragraph index " + index);
    segments = List.copyOf(segments);
  }

  public Paragraph(int index, int line, String text) {
    this(index, line, text, List.of());
  }

  public Paragraph withSegments(List<Segment> newSegments) {
    return new Paragraph(index, line, text, newSegments);
  }
}

package org.tarjama.model;

/** One unit sent for translation: a sentence (or a piece of a long one) with its span in the paragraph. */
public record Segment(SegmentId id, String text, Span span) {

  public Segment {
    if (text.isBlank()) throw new IllegalArgumentException("blank segment " + id);
  }
}

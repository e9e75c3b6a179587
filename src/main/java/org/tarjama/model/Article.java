package org.tarjama.model;

import java.util.List;

/**
 * One input article after reading, cleaning and segmenting, with the lines the cleaner removed and those it kept
 * but flagged as possible boilerplate. {@code source} names where it came from
 * (a file path, or {@code -} for standard input), {@code encoding} how its bytes were decoded and {@code repairs}
 * what reading had to change (invalid bytes, NULs).
 */
public record Article(String id, String source, String encoding, List<Paragraph> paragraphs,
                      List<Removal> removals, List<FlaggedLine> flagged, List<Repair> repairs) {

  public Article {
    if (id.isEmpty()) throw new IllegalArgumentException("article without an id from " + source);
    paragraphs = List.copyOf(paragraphs);
    removals = List.copyOf(removals);
    flagged = List.copyOf(flagged);
    repairs = List.copyOf(repairs);
  }

  public Article(String id, String source, String encoding, List<Paragraph> paragraphs,
                 List<Removal> removals, List<FlaggedLine> flagged) {
    this(id, source, encoding, paragraphs, removals, flagged, List.of());
  }

  public Article(String id, String source, String encoding, List<Paragraph> paragraphs, List<Removal> removals) {
    this(id, source, encoding, paragraphs, removals, List.of());
  }

  public List<Segment> segments() {
    return paragraphs.stream().flatMap(p -> p.segments().stream()).toList();
  }

  public Article withParagraphs(List<Paragraph> newParagraphs) {
    return new Article(id, source, encoding, newParagraphs, removals, flagged, repairs);
  }
}

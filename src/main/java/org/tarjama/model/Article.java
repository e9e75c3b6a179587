package org.tarjama.model;

import java.util.List;

/**
 * One input article after reading, cleaning and segmenting. {@code source} names where it came from
 * (a file path, or {@code -} for standard input) and {@code encoding} how its bytes were decoded.
 */
public record Article(String id, String source, String encoding, List<Paragraph> paragraphs,
                      List<Removal> removals) {

  public Article {
    if (id.isEmpty()) throw new IllegalArgumentException("article without an id from " + source);
    paragraphs = List.copyOf(paragraphs);
    removals = List.copyOf(removals);
  }

  public List<Segment> segments() {
    return paragraphs.stream().flatMap(p -> p.segments().stream()).toList();
  }

  public Article withParagraphs(List<Paragraph> newParagraphs) {
    return new Article(id, source, encoding, newParagraphs, removals);
  }
}

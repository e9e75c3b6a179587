package org.tarjama.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One input article after reading, cleaning and segmenting, with the lines the cleaner removed and those it kept
 * but flagged as possible boilerplate. {@code source} names where it came from
 * (a file path, or {@code -} for standard input), {@code encoding} how its bytes were decoded and {@code repairs}
 * what reading had to change (invalid bytes, NULs). {@code metadata} holds what the input said about the article
 * (url, date, source), in the input's order.
 */
public record Article(String id, String source, String encoding, List<Paragraph> paragraphs,
                      List<Removal> removals, List<FlaggedLine> flagged, List<Repair> repairs,
                      Map<String, String> metadata) {

  public Article {
    if (id.isEmpty()) throw new IllegalArgumentException("article without an id from " + source);
    paragraphs = List.copyOf(paragraphs);
    removals = List.copyOf(removals);
    flagged = List.copyOf(flagged);
    repairs = List.copyOf(repairs);
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  public Article(String id, String source, String encoding, List<Paragraph> paragraphs,
                 List<Removal> removals, List<FlaggedLine> flagged) {
    this(id, source, encoding, paragraphs, removals, flagged, List.of(), Map.of());
  }

  public Article(String id, String source, String encoding, List<Paragraph> paragraphs,
                 List<Removal> removals, List<FlaggedLine> flagged, List<Repair> repairs) {
    this(id, source, encoding, paragraphs, removals, flagged, repairs, Map.of());
  }

  public Article(String id, String source, String encoding, List<Paragraph> paragraphs, List<Removal> removals) {
    this(id, source, encoding, paragraphs, removals, List.of());
  }

  public List<Segment> segments() {
    return paragraphs.stream().flatMap(p -> p.segments().stream()).toList();
  }

  public Article withParagraphs(List<Paragraph> newParagraphs) {
    return new Article(id, source, encoding, newParagraphs, removals, flagged, repairs, metadata);
  }
}

package org.tarjama.clean;

import org.tarjama.model.FlaggedLine;

import java.util.List;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Removal;

/**
 * An article's text after cleaning: the kept paragraphs (not yet segmented), what was removed with reasons,
 * and kept lines flagged as possible boilerplate.
 */
public record CleanText(List<Paragraph> paragraphs, List<Removal> removals, List<FlaggedLine> flags) {

  public CleanText {
    paragraphs = List.copyOf(paragraphs);
    removals = List.copyOf(removals);
    flags = List.copyOf(flags);
  }

  public CleanText(List<Paragraph> paragraphs, List<Removal> removals) {
    this(paragraphs, removals, List.of());
  }
}

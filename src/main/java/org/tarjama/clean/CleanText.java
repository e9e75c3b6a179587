package org.tarjama.clean;

import java.util.List;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Removal;

/** An article's text after cleaning: the kept paragraphs (not yet segmented) and what was removed, with reasons. */
public record CleanText(List<Paragraph> paragraphs, List<Removal> removals) {

  public CleanText {
    paragraphs = List.copyOf(paragraphs);
    removals = List.copyOf(removals);
  }
}

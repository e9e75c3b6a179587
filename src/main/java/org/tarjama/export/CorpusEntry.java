package org.tarjama.export;

import java.util.List;
import org.tarjama.model.Pair;

/** A pair kept for the corpus, with the ids of the duplicates merged into it. */
public record CorpusEntry(Pair pair, List<String> merged) {

  public CorpusEntry {
    merged = List.copyOf(merged);
  }

  /** How often the pair occurred in the source: itself plus its merged duplicates. */
  public int occurrences() {
    return 1 + merged.size();
  }
}

package org.tarjama.export;

import java.util.List;
import java.util.Map;
import org.tarjama.model.Pair;

/** A pair kept for the corpus, with the ids of the duplicates merged into it and its document's metadata. */
public record CorpusEntry(Pair pair, List<String> merged, Map<String, String> meta) {

  public CorpusEntry {
    merged = List.copyOf(merged);
    meta = Map.copyOf(meta);
  }

  public CorpusEntry(Pair pair, List<String> merged) {
    this(pair, merged, Map.of());
  }

  /** How often the pair occurred in the source: itself plus its merged duplicates. */
  public int occurrences() {
    return 1 + merged.size();
  }
}

package org.tarjama.export;

import java.util.List;
import java.util.Optional;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/** One document of a pair source: its id, its pairs in order, and the article when the source keeps it. */
public record SourceDocument(String id, Optional<Article> article, List<Pair> pairs) {

  public SourceDocument {
    if (id.isEmpty()) throw new IllegalArgumentException("document without an id");
    pairs = List.copyOf(pairs);
  }
}

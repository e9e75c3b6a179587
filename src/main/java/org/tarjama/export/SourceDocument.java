package org.tarjama.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/**
 * One document of a pair source: its id, its pairs in order, the article when the source keeps it, and the
 * input's metadata (url, date, source of a JSONL or HTML article; empty when it had none).
 */
public record SourceDocument(String id, Optional<Article> article, List<Pair> pairs, Map<String, String> meta) {

  public SourceDocument {
    if (id.isEmpty()) throw new IllegalArgumentException("document without an id");
    pairs = List.copyOf(pairs);
    meta = Map.copyOf(meta);
  }

  /** A document whose metadata is its article's. */
  public SourceDocument(String id, Optional<Article> article, List<Pair> pairs) {
    this(id, article, pairs, article.map(Article::metadata).orElse(Map.of()));
  }
}

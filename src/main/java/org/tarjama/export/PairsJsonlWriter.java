package org.tarjama.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/** {@code pairs.jsonl}: one JSON object per pair, failed pairs included with their reason, and the article's metadata. */
public final class PairsJsonlWriter extends OneFileWriter implements CorpusWriter {

  public PairsJsonlWriter(Path target) throws IOException {
    super(target);
  }

  @Override
  public void write(Article article, List<Pair> pairs) throws IOException {
    for (Pair pair : pairs) {
      out().write(PairJson.toLine(pair, article.metadata()));
      out().write('\n');
    }
  }

  /** Writes one pair with extra top-level fields after the standard ones (align's bead, indices and score). */
  public void write(Pair pair, Map<String, ?> extra) throws IOException {
    ObjectNode node = PairJson.toJson(pair);
    extra.forEach((name, value) -> node.set(name, PairJson.MAPPER.valueToTree(value)));
    out().write(PairJson.MAPPER.writeValueAsString(node));
    out().write('\n');
  }
}

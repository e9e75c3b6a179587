package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/** {@code pairs.jsonl}: one JSON object per pair, failed pairs included with their reason. */
public final class PairsJsonlWriter extends OneFileWriter implements CorpusWriter {

  public PairsJsonlWriter(Path target) throws IOException {
    super(target);
  }

  @Override
  public void write(Article article, List<Pair> pairs) throws IOException {
    for (Pair pair : pairs) {
      out().write(PairJson.toLine(pair));
      out().write('\n');
    }
  }
}

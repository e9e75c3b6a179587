package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/** {@code pairs.jsonl}: one JSON object per pair, failed pairs included with their reason. */
public final class PairsJsonlWriter implements CorpusWriter {

  private final AtomicFile file;

  public PairsJsonlWriter(Path target) throws IOException {
    this.file = AtomicFile.open(target);
  }

  @Override
  public void write(Article article, List<Pair> pairs) throws IOException {
    for (Pair pair : pairs) {
      file.writer().write(PairJson.MAPPER.writeValueAsString(PairJson.toJson(pair)));
      file.writer().write('\n');
    }
  }

  @Override
  public void commit() throws IOException {
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}

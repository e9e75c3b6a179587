package org.tarjama.export;

import java.io.IOException;
import java.util.List;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/**
 * Writes one output format, article by article as articles complete. The output appears under its final name
 * only on {@link #commit()}; {@link #close()} without a commit leaves any earlier complete output untouched.
 */
public interface CorpusWriter extends AutoCloseable {

  void write(Article article, List<Pair> pairs) throws IOException;

  void commit() throws IOException;

  @Override
  void close() throws IOException;
}

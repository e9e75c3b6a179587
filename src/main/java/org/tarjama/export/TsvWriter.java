package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/** {@code corpus.tsv}: a header line, then {@code id TAB ar TAB en} per translated pair. */
public final class TsvWriter implements CorpusWriter {

  public static final String HEADER = "id\tar\ten";
  private final AtomicFile file;

  public TsvWriter(Path target) throws IOException {
    this.file = AtomicFile.open(target);
    file.writer().write(HEADER + "\n");
  }

  @Override
  public void write(Article article, List<Pair> pairs) throws IOException {
    for (Pair pair : pairs) {
      if (!pair.isOk()) continue;
      file.writer().write(pair.id() + "\t" + Lines.flatten(pair.ar()) + "\t" + Lines.flatten(pair.en()) + "\n");
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

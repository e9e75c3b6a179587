package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/** Moses line-aligned files ({@code corpus.ar}, {@code corpus.en}): line N of one is the translation of line N of the other. */
public final class MosesWriter implements CorpusWriter {

  private final AtomicFile ar;
  private final AtomicFile en;

  public MosesWriter(Path arTarget, Path enTarget) throws IOException {
    this.ar = AtomicFile.open(arTarget);
    this.en = AtomicFile.open(enTarget);
  }

  @Override
  public void write(Article article, List<Pair> pairs) throws IOException {
    for (Pair pair : pairs) {
      if (pair.isOk()) write(pair);
    }
  }

  /** Writes one translated pair as line N of both files. */
  public void write(Pair pair) throws IOException {
    ar.writer().write(Lines.flatten(pair.ar()));
    ar.writer().write('\n');
    en.writer().write(Lines.flatten(pair.en()));
    en.writer().write('\n');
  }

  @Override
  public void commit() throws IOException {
    ar.commit();
    en.commit();
  }

  @Override
  public void close() throws IOException {
    try (en) {
      ar.close();
    }
  }
}

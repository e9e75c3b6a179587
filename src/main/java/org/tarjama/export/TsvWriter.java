package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/**
 * {@code corpus.tsv}: a header line, then {@code id TAB ar TAB en} per translated pair, one line each; a field with
 * a double quote is quoted CSV-style (see {@link Lines#tsvField}).
 */
public final class TsvWriter extends OneFileWriter implements CorpusWriter {

  public static final String HEADER = "id\tar\ten";

  public TsvWriter(Path target) throws IOException {
    super(target);
    out().write(HEADER + "\n");
  }

  @Override
  public void write(Article article, List<Pair> pairs) throws IOException {
    for (Pair pair : pairs) {
      if (!pair.isOk()) continue;
      out().write(Lines.tsvField(pair.id().toString()) + "\t" + Lines.tsvField(pair.ar()) + "\t"
          + Lines.tsvField(pair.en()) + "\n");
    }
  }
}

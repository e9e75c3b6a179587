package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/**
 * Every file a translate run writes into its output folder: pairs.jsonl, corpus.tmx, corpus.ar/.en, corpus.tsv
 * articles/&lt;id&gt;.json and the English articles en/&lt;id&gt;.txt. The corpus files appear complete on {@link #commit()}.
 */
public final class OutputSet implements AutoCloseable {

  public static final String PAIRS = "pairs.jsonl";
  public static final String TMX = "corpus.tmx";
  public static final String MOSES_AR = "corpus.ar";
  public static final String MOSES_EN = "corpus.en";
  public static final String TSV = "corpus.tsv";
  public static final String ARTICLES = "articles";
  public static final String RUN = "run.json";
  public static final String ENGLISH = "en";
  public static final String ENGLISH_RECORDS = "en.jsonl";

  private final Path folder;
  private final List<CorpusWriter> writers = new ArrayList<>();

  private OutputSet(Path folder) {
    this.folder = folder;
  }

  public static OutputSet open(Path folder, String toolVersion) throws IOException {
    return open(folder, toolVersion, EnglishOutput.defaults());
  }

  /** As {@link #open(Path, String)}, with the English articles written as {@code english} says. */
  public static OutputSet open(Path folder, String toolVersion, EnglishOutput english) throws IOException {
    Files.createDirectories(folder.resolve(ARTICLES));
    OutputSet set = new OutputSet(folder);
    try {
      set.writers.add(new PairsJsonlWriter(folder.resolve(PAIRS)));
      set.writers.add(new TmxWriter(folder.resolve(TMX), toolVersion));
      set.writers.add(new MosesWriter(folder.resolve(MOSES_AR), folder.resolve(MOSES_EN)));
      set.writers.add(new TsvWriter(folder.resolve(TSV)));
      set.writers.add(new EnglishArticleWriter(folder.resolve(ENGLISH), folder.resolve(ENGLISH_RECORDS), english));
    } catch (IOException e) {
      set.close();
      throw e;
    }
    return set;
  }

  public Path folder() {
    return folder;
  }

  public void write(Article article, List<Pair> pairs) throws IOException {
    ArticleJson.write(folder.resolve(ARTICLES), article);
    for (CorpusWriter writer : writers) writer.write(article, pairs);
  }

  public void commit() throws IOException {
    for (CorpusWriter writer : writers) writer.commit();
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (CorpusWriter writer : writers) {
      try {
        writer.close();
      } catch (IOException e) {
        if (first == null) first = e;
      }
    }
    if (first != null) throw first;
  }
}

package org.tarjama.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tarjama.io.FileErrors;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/**
 * Every file a translate run writes into its output folder: pairs.jsonl, corpus.tmx, corpus.ar/.en, corpus.tsv
 * articles/&lt;id&gt;.json and the English articles en/&lt;id&gt;.txt (or en.jsonl). Nothing appears before
 * {@link #commit()}: closing without it leaves an earlier run's files as they were. The commit also removes article
 * files this run did not write (an earlier run's, with other inputs); {@code articles/} is tarjama's, but only its
 * {@code *.json} files are ever removed, and in {@code en/} only {@code *.txt} and {@code *.md}.
 */
public final class OutputSet implements CorpusWriter {

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
  /** Article files written under temporary names, put in place together on commit. */
  private final List<AtomicFile.Staged> articles = new ArrayList<>();
  private final Set<String> articleNames = new HashSet<>();

  private OutputSet(Path folder) {
    this.folder = folder;
  }

  public static OutputSet open(Path folder, String toolVersion) throws IOException {
    return open(folder, toolVersion, EnglishOutput.defaults());
  }

  /** As {@link #open(Path, String)}, with the English articles written as {@code english} says. */
  public static OutputSet open(Path folder, String toolVersion, EnglishOutput english) throws IOException {
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

  @Override
  public void write(Article article, List<Pair> pairs) throws IOException {
    AtomicFile.Staged staged = ArticleJson.stage(folder.resolve(ARTICLES), article);
    articles.add(staged);
    articleNames.add(staged.target().getFileName().toString());
    for (CorpusWriter writer : writers) writer.write(article, pairs);
  }

  @Override
  public void commit() throws IOException {
    for (CorpusWriter writer : writers) writer.commit();
    for (AtomicFile.Staged article : articles) article.commit();
    articles.clear();
    removeStaleArticles(folder, articleNames);
  }

  /** Deletes the {@code articles/*.json} files of earlier runs that this run did not write. */
  static void removeStaleArticles(Path folder, Set<String> articleNames) throws IOException {
    Path dir = folder.resolve(ARTICLES);
    if (!Files.isDirectory(dir)) return;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path file : files) {
        if (!articleNames.contains(file.getFileName().toString()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          try {
            Files.deleteIfExists(file);
          } catch (IOException e) {
            throw FileErrors.explain("remove the earlier run's article file", file, e);
          }
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = AtomicFile.Staged.discardAll(articles);
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

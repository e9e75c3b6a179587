package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/**
 * {@code en/<folder>/<id>.txt} (and {@code .md}): each article's English, written whole as the article completes;
 * for an article from a JSONL input, its record in {@code en.jsonl} instead.
 */
final class EnglishArticleWriter implements CorpusWriter {

  private final Path folder;
  private final EnglishOutput options;
  private final @Nullable EnglishJsonlWriter records;

  EnglishArticleWriter(Path folder, Path recordsFile, EnglishOutput options) throws IOException {
    this.folder = folder;
    this.options = options;
    this.records = options.recordFiles().isEmpty() ? null : new EnglishJsonlWriter(recordsFile, options.recordFiles(), options);
  }

  @Override
  public void write(Article article, List<Pair> pairs) throws IOException {
    if (records != null && records.write(article, pairs)) return;
    EnglishArticle english = EnglishArticle.of(article, pairs);
    Path below = folder.resolve(options.folderBelow(article.source()));
    String name = ArticleJson.fileName(article.id());
    String stem = name.substring(0, name.length() - ".json".length());
    for (EnglishFormat format : EnglishFormat.values()) {
      if (options.formats().contains(format)) AtomicFile.write(below.resolve(stem + "." + format.extension()), format.render(english));
    }
  }

  @Override
  public void commit() throws IOException {
    // each article's own file is complete when written; en.jsonl appears now
    if (records != null) records.commit();
  }

  @Override
  public void close() throws IOException {
    if (records != null) records.close();
  }
}

package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/** {@code en/<folder>/<id>.txt} (and {@code .md}): each article's English, written whole as the article completes. */
final class EnglishArticleWriter implements CorpusWriter {

  private final Path folder;
  private final EnglishOutput options;

  EnglishArticleWriter(Path folder, EnglishOutput options) {
    this.folder = folder;
    this.options = options;
  }

  @Override
  public void write(Article article, List<Pair> pairs) throws IOException {
    EnglishArticle english = EnglishArticle.of(article, pairs);
    Path below = folder.resolve(options.folderBelow(article.source()));
    String name = ArticleJson.fileName(article.id());
    String stem = name.substring(0, name.length() - ".json".length());
    for (EnglishFormat format : EnglishFormat.values()) {
      if (options.formats().contains(format)) AtomicFile.write(below.resolve(stem + "." + format.extension()), format.render(english));
    }
  }

  @Override
  public void commit() {
    // each article's file is complete when written
  }

  @Override
  public void close() {
  }
}

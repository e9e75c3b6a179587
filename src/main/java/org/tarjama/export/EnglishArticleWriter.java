package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tarjama.io.FileErrors;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/**
 * {@code en/<folder>/<id>.txt} (and {@code .md}): each article's English, staged as the article completes and put in
 * place on commit with the rest of the run; for an article from a JSONL input, its record in {@code en.jsonl}
 * instead. The commit removes the English articles of earlier runs that this run did not write.
 */
final class EnglishArticleWriter implements CorpusWriter {

  private final Path folder;
  private final EnglishOutput options;
  private final @Nullable EnglishJsonlWriter records;
  private final List<AtomicFile.Staged> staged = new ArrayList<>();
  private final Set<Path> written = new HashSet<>();

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
      if (!options.formats().contains(format)) continue;
      try (AtomicFile file = AtomicFile.open(below.resolve(stem + "." + format.extension()))) {
        file.writer().write(format.render(english));
        AtomicFile.Staged done = file.stage();
        staged.add(done);
        written.add(done.target().toAbsolutePath().normalize());
      }
    }
  }

  @Override
  public void commit() throws IOException {
    if (records != null) records.commit();
    for (AtomicFile.Staged file : staged) file.commit();
    staged.clear();
    removeStale();
  }

  /** Deletes the {@code *.txt} and {@code *.md} files below {@code en/} that earlier runs wrote and this one did not. */
  private void removeStale() throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return;
    List<Path> stale;
    try (Stream<Path> files = Files.walk(folder)) {
      stale = files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
          .filter(f -> f.getFileName().toString().endsWith(".txt") || f.getFileName().toString().endsWith(".md"))
          .filter(f -> !written.contains(f.toAbsolutePath().normalize())).toList();
    }
    for (Path file : stale) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw FileErrors.explain("remove the earlier run's English article", file, e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = AtomicFile.Staged.discardAll(staged);
    if (records != null) records.close();
    if (first != null) throw first;
  }
}

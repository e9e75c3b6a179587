package org.tarjama.pipeline;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.tarjama.io.ArticleFormat;
import org.tarjama.io.ArticleStream;
import org.tarjama.io.InputFile;
import org.tarjama.io.SourceArticle;
import org.tarjama.io.Skipped;
import org.tarjama.io.UnreadableInputException;
import org.tarjama.model.Article;

/**
 * Reads, cleans and segments input files one at a time as the engine pulls them, so only the articles in
 * flight are in memory. An input that cannot be read is reported to {@code onSkip} and passed over; so is a bad
 * record inside one (a JSONL line), and the rest of that input goes on.
 */
final class ArticleSource implements Iterator<Article> {

  private final Iterator<InputFile> files;
  private final ArticleFormat format;
  private final ArticleWork work;
  private final Consumer<Skipped> onSkip;
  private long nanos;
  private @Nullable Article next;
  private @Nullable ArticleStream current;
  private @Nullable InputFile currentFile;

  ArticleSource(List<InputFile> files, ArticleFormat format, ArticleWork work, Consumer<Skipped> onSkip) {
    this.files = files.iterator();
    this.format = format;
    this.work = work;
    this.onSkip = onSkip;
  }

  @Override
  public boolean hasNext() {
    while (next == null && (current != null || files.hasNext())) {
      long start = System.nanoTime();
      try {
        if (current == null) {
          currentFile = files.next();
          current = format.open(currentFile, onSkip);
        }
        if (current.hasNext()) {
          SourceArticle article = current.next();
          try {
            next = work.prepare(article);
          } catch (UnreadableInputException e) {
            onSkip.accept(new Skipped(article.source(), e.getMessage()));
          }
        } else {
          current.close();
          current = null;
        }
      } catch (UnreadableInputException e) {
        onSkip.accept(new Skipped(currentFile.source(), e.getMessage()));
      } finally {
        nanos += System.nanoTime() - start;
      }
    }
    return next != null;
  }

  @Override
  public Article next() {
    if (!hasNext()) throw new NoSuchElementException();
    Article article = next;
    next = null;
    return article;
  }

  /** The per-article work this source does, and the run does after translation. */
  ArticleWork work() {
    return work;
  }

  long millis() {
    return nanos / 1_000_000;
  }
}

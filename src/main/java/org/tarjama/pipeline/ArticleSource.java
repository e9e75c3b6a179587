package org.tarjama.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tarjama.clean.CleanText;
import org.tarjama.io.ArticleFormat;
import org.tarjama.io.ArticleStream;
import org.tarjama.io.InputFile;
import org.tarjama.io.SourceArticle;
import org.tarjama.io.Skipped;
import org.tarjama.io.UnreadableInputException;
import org.tarjama.model.Article;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Removal;

/**
 * Reads, cleans and segments input files one at a time as the engine pulls them, so only the articles in
 * flight are in memory. An input that cannot be read is reported to {@code onSkip} and passed over; so is a bad
 * record inside one (a JSONL line), and the rest of that input goes on.
 */
final class ArticleSource implements Iterator<Article> {

  private final Iterator<InputFile> files;
  private final ArticleFormat format;
  private final Stages stages;
  private final Consumer<Skipped> onSkip;
  private final int maxSegmentChars;
  private long nanos;
  private @Nullable Article next;
  private @Nullable ArticleStream current;
  private @Nullable InputFile currentFile;

  ArticleSource(List<InputFile> files, ArticleFormat format, Stages stages, Consumer<Skipped> onSkip, int maxSegmentChars) {
    this.files = files.iterator();
    this.format = format;
    this.stages = stages;
    this.onSkip = onSkip;
    this.maxSegmentChars = maxSegmentChars;
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
            next = prepare(article);
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

  long millis() {
    return nanos / 1_000_000;
  }

  private Article prepare(SourceArticle source) throws UnreadableInputException {
    CleanText clean = stages.cleaner().clean(source.id(), source.text());
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Paragraph p : clean.paragraphs()) {
      paragraphs.add(p.withSegments(stages.segmenter().segments(source.id(), p, maxSegmentChars)));
    }
    if (paragraphs.stream().allMatch(p -> p.segments().isEmpty())) {
      // the article file is not written, so the removals themselves go into the reason
      throw new UnreadableInputException("nothing left to translate after cleaning; every line was removed as boilerplate: "
          + clean.removals().stream().map(r -> "line " + r.line() + " (" + r.reason() + ")").collect(Collectors.joining(", ")));
    }
    List<Removal> removals = new ArrayList<>(source.dropped());
    removals.addAll(clean.removals());
    return new Article(source.id(), source.source(), source.encoding(), paragraphs, removals, clean.flags(),
        source.repairs(), source.metadata());
  }
}

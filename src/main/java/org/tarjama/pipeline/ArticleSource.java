package org.tarjama.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tarjama.clean.CleanText;
import org.tarjama.io.DecodedText;
import org.tarjama.io.InputFile;
import org.tarjama.io.Skipped;
import org.tarjama.io.UnreadableInputException;
import org.tarjama.model.Article;
import org.tarjama.model.Paragraph;

/**
 * Reads, cleans and segments input files one at a time as the engine pulls them, so only the articles in
 * flight are in memory. An input that cannot be read is reported to {@code onSkip} and passed over.
 */
final class ArticleSource implements Iterator<Article> {

  private final Iterator<InputFile> files;
  private final Stages stages;
  private final Consumer<Skipped> onSkip;
  private final int maxSegmentChars;
  private long nanos;
  private @Nullable Article next;

  ArticleSource(List<InputFile> files, Stages stages, Consumer<Skipped> onSkip, int maxSegmentChars) {
    this.files = files.iterator();
    this.stages = stages;
    this.onSkip = onSkip;
    this.maxSegmentChars = maxSegmentChars;
  }

  @Override
  public boolean hasNext() {
    while (next == null && files.hasNext()) {
      long start = System.nanoTime();
      InputFile file = files.next();
      try {
        next = prepare(file);
      } catch (UnreadableInputException e) {
        onSkip.accept(new Skipped(file.source(), e.getMessage()));
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

  private Article prepare(InputFile file) throws UnreadableInputException {
    DecodedText decoded = stages.reader().read(file);
    CleanText clean = stages.cleaner().clean(file.id(), decoded.text());
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Paragraph p : clean.paragraphs()) {
      paragraphs.add(p.withSegments(stages.segmenter().segments(file.id(), p, maxSegmentChars)));
    }
    if (paragraphs.stream().allMatch(p -> p.segments().isEmpty())) {
      // the article file is not written, so the removals themselves go into the reason
      throw new UnreadableInputException("nothing left to translate after cleaning; every line was removed as boilerplate: "
          + clean.removals().stream().map(r -> "line " + r.line() + " (" + r.reason() + ")").collect(Collectors.joining(", ")));
    }
    return new Article(file.id(), file.source(), decoded.encoding(), paragraphs, clean.removals(), clean.flags(),
        decoded.repairs());
  }
}

package org.tarjama.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tarjama.align.PieceJoiner;
import org.tarjama.clean.CleanText;
import org.tarjama.io.DecodedText;
import org.tarjama.io.InputFile;
import org.tarjama.io.UnreadableInputException;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.Paragraph;
import org.tarjama.model.SegmentId;
import org.tarjama.quality.QualityCheck;
import org.tarjama.translate.Outcome;

/**
 * The work done on one article, which every driver calls (the command line's {@link Pipeline}, the Spark job):
 * read → clean → segment before translation ({@link #prepare}), align → check after it ({@link #finish}).
 */
public final class ArticleWork {

  private final Stages stages;
  private final int maxSegmentChars;
  private final QualityCheck check;
  private final String backend;
  private final String model;

  private ArticleWork(Stages stages, int maxSegmentChars, QualityCheck check, String backend, String model) {
    this.stages = stages;
    this.maxSegmentChars = maxSegmentChars;
    this.check = check;
    this.backend = backend;
    this.model = model;
  }

  /** Work with {@code stages} (its cleaner already set for the batch), long sentences cut to {@code maxSegmentChars}. */
  public static ArticleWork of(Stages stages, int maxSegmentChars) {
    return new ArticleWork(stages, maxSegmentChars, stages.quality(), "", "");
  }

  /** This work for a run of one backend: names failed pairs after it and checks them as its output. */
  public ArticleWork forBackend(String backendName, String modelName, boolean fitForTraining) {
    return new ArticleWork(stages, maxSegmentChars, stages.quality().forBackend(backendName, fitForTraining),
        backendName, modelName);
  }

  /** Read → clean → segment. */
  public Article prepare(InputFile file) throws UnreadableInputException {
    return prepare(file.id(), file.source(), stages.reader().read(file));
  }

  /** Clean → segment an article already read; throws when nothing is left to translate. */
  public Article prepare(String id, String source, DecodedText decoded) throws UnreadableInputException {
    CleanText clean = stages.cleaner().clean(id, decoded.text());
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Paragraph p : clean.paragraphs()) {
      paragraphs.add(p.withSegments(stages.segmenter().segments(id, p, maxSegmentChars)));
    }
    if (paragraphs.stream().allMatch(p -> p.segments().isEmpty())) {
      // the article file is not written, so the removals themselves go into the reason
      throw new UnreadableInputException("nothing left to translate after cleaning; every line was removed as boilerplate: "
          + clean.removals().stream().map(r -> "line " + r.line() + " (" + r.reason() + ")").collect(Collectors.joining(", ")));
    }
    return new Article(id, source, decoded.encoding(), paragraphs, clean.removals(), clean.flags(), decoded.repairs());
  }

  /** Align → check: one checked pair per segment (pieces of a cut sentence joined back). */
  public List<Pair> finish(Article article, Map<SegmentId, Outcome> outcomes) {
    return PieceJoiner.join(stages.aligner().align(article, outcomes, backend, model)).stream().map(check::check).toList();
  }
}

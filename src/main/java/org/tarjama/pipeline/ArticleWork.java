package org.tarjama.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tarjama.align.PieceJoiner;
import org.tarjama.clean.CleanText;
import org.tarjama.io.SourceArticle;
import org.tarjama.io.UnreadableInputException;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Removal;
import org.tarjama.model.SegmentId;
import org.tarjama.quality.QualityCheck;
import org.tarjama.translate.Outcome;

/**
 * The work done on one article, which every driver calls (the command line's {@link Pipeline}, the Spark job):
 * clean → segment what a reader found before translation ({@link #prepare}), align → check after it ({@link #finish}).
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

  /** Clean → segment an article as its reader found it; throws when nothing is left to translate. */
  public Article prepare(SourceArticle source) throws UnreadableInputException {
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

  /** Align → check: one checked pair per segment (pieces of a cut sentence joined back). */
  public List<Pair> finish(Article article, Map<SegmentId, Outcome> outcomes) {
    return PieceJoiner.join(stages.aligner().align(article, outcomes, backend, model)).stream().map(check::check).toList();
  }
}

package org.tarjama.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.tarjama.clean.BatchTemplate;
import org.tarjama.export.PairJson;
import org.tarjama.io.SourceArticle;
import org.tarjama.io.UnreadableInputException;
import org.tarjama.memory.MemoryLocation;
import org.tarjama.memory.MemoryScope;
import org.tarjama.memory.TranslationMemory;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.pipeline.ArticleWork;
import org.tarjama.pipeline.Stages;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.Backends;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.engine.ConcurrentEngine;
import org.tarjama.translate.engine.EngineOptions;
import scala.Tuple2;

/**
 * One task's work: clean → segment its articles, translate the segments that have no {@code ok} pair yet through the
 * engine, align → check, and give back every pair as a line of {@code pairs.jsonl}, in a fixed order (articles by
 * id, segments in order) so that any attempt of the task writes the same lines.
 */
final class PartitionRun implements Serializable {

  private final JobOptions options;
  private final TaskShare share;
  private final int templateArticles;
  private final Map<Long, Integer> templateCounts;
  private final CollectionAccumulator<String> skipped;
  private final Counts counts;
  private final RepeatedIds repeatedIds;

  /** Pairs written, ok and failed: added by each task once its lines are made; Spark keeps one attempt's additions. */
  record Counts(LongAccumulator ok, LongAccumulator failed) implements Serializable {
  }

  PartitionRun(JobOptions options, TaskShare share, int templateArticles, Map<Long, Integer> templateCounts,
               CollectionAccumulator<String> skipped, Counts counts, RepeatedIds repeatedIds) {
    this.repeatedIds = repeatedIds;
    this.options = options;
    this.share = share;
    this.templateArticles = templateArticles;
    this.templateCounts = templateCounts;
    this.skipped = skipped;
    this.counts = counts;
  }

  /**
   * The partition's articles (all those with any one id are in the same partition) and its earlier ok pairs, as
   * lines of pairs.jsonl keyed by article id.
   */
  Iterator<String> run(Iterator<SourceArticle> texts, Iterator<Tuple2<String, String>> earlier) throws IOException {
    List<SourceArticle> read = new ArrayList<>();
    texts.forEachRemaining(read::add);
    // as the command line names a second JSONL record with the same id: id-2, id-3, ..., never an id taken
    List<SourceArticle> inputs = repeatedIds.unique(read);
    Map<SegmentId, Pair> done = new HashMap<>();
    while (earlier.hasNext()) {
      Pair pair = PairJson.parseLine(earlier.next()._2());
      done.put(pair.id(), pair);
    }
    inputs.sort(Comparator.comparing(SourceArticle::id));
    if (inputs.isEmpty()) return List.<String>of().iterator();

    Stages stages = Stages.defaults();
    stages = stages.withCleaner(stages.cleaner().forBatch(
        BatchTemplate.counted(BatchTemplate.Rule.defaults(), templateArticles, templateCounts)));
    BackendSettings settings = TranslateJob.settings(options);
    TranslatorProvider provider;
    try {
      provider = Backends.load().require(options.backend());
    } catch (BackendUnavailableException e) {
      throw new IOException(e.getMessage(), e);
    }
    try (Translator translator = provider.create(settings);
         TranslationMemory none = MemoryLocation.none().open()) {
      ArticleWork work = ArticleWork.of(stages, translator.limits().maxItemChars())
          .forBackend(translator.name(), translator.model(), translator.fitForTraining());
      List<Article> articles = new ArrayList<>();
      List<Article> toTranslate = new ArrayList<>();
      for (SourceArticle input : inputs) {
        try {
          Article article = work.prepare(input);
          articles.add(article);
          Article rest = withoutDone(article, done);
          if (!rest.segments().isEmpty()) toTranslate.add(rest);
        } catch (UnreadableInputException e) {
          skipped.add(input.source() + ": " + e.getMessage());
        }
      }
      Map<SegmentId, Pair> fresh = new HashMap<>();
      if (!toTranslate.isEmpty()) {
        EngineOptions engine = EngineOptions.builder().concurrency(options.concurrency()).memory(MemoryLocation.none())
            .override(share.override()).build();
        MemoryScope scope = MemoryScope.of(provider.descriptor(), translator.model(), settings);
        new ConcurrentEngine(translator, none, scope, engine).run(toTranslate.iterator(), (article, outcomes) -> {
          for (Pair pair : work.finish(article, outcomes)) fresh.put(pair.id(), pair);
        });
      }
      TaskContext task = TaskContext.get();
      if (task != null) options.hook().translated(task.partitionId(), task.attemptNumber());
      List<String> lines = new ArrayList<>();
      long ok = 0;
      for (Article article : articles) {
        for (SegmentId id : pairIds(article)) {
          Pair pair = fresh.containsKey(id) ? fresh.get(id) : done.get(id);
          if (pair == null) throw new IllegalStateException("no pair for segment " + id + ": a bug in the Spark job");
          lines.add(PairJson.toLine(pair, article.metadata()));
          if (pair.isOk()) ok++;
        }
      }
      counts.ok().add(ok);
      counts.failed().add(lines.size() - ok);
      return lines.iterator();
    } catch (BackendUnavailableException e) {
      throw new IOException(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The ids of an article's pairs: one per sentence, pieces of a cut sentence joined. */
  private static Set<SegmentId> pairIds(Article article) {
    Set<SegmentId> ids = new LinkedHashSet<>();
    for (Segment segment : article.segments()) ids.add(segment.id().sentence());
    return ids;
  }

  /** The article with only the segments that have no ok pair for the same Arabic in the earlier output. */
  private static Article withoutDone(Article article, Map<SegmentId, Pair> done) {
    if (done.isEmpty()) return article;
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      paragraphs.add(p.withSegments(p.segments().stream().filter(s -> !isDone(s, done.get(s.id().sentence()))).toList()));
    }
    return article.withParagraphs(paragraphs);
  }

  private static boolean isDone(Segment segment, @org.jspecify.annotations.Nullable Pair pair) {
    if (pair == null || !pair.isOk()) return false;
    // a cut sentence's pair holds its pieces joined; a changed source is translated again
    return segment.id().piece() == 0 ? pair.ar().equals(segment.text()) : pair.ar().contains(segment.text().strip());
  }
}

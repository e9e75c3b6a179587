package org.tarjama.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.tarjama.Version;
import org.tarjama.clean.BatchTemplate;
import org.tarjama.export.CorpusWriter;
import org.tarjama.export.EnglishOutput;
import org.tarjama.export.OutputLock;
import org.tarjama.export.OutputSet;
import org.tarjama.export.RunFolderSource;
import org.tarjama.export.SourceDocument;
import org.tarjama.io.ArticleStream;
import org.tarjama.io.InputFile;
import org.tarjama.io.InputFinder;
import org.tarjama.io.InputFormats;
import org.tarjama.io.InputOptions;
import org.tarjama.io.InputSet;
import org.tarjama.io.KeptTexts;
import org.tarjama.io.Skipped;
import org.tarjama.io.UnreadableInputException;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.review.ReviewPage;
import org.tarjama.segment.Segmenter;
import org.tarjama.translate.EngineReport;
import org.tarjama.translate.TranslationEngine;
import org.tarjama.translate.Translator;

/** One translate run over a set of inputs: read → clean → segment → translate → align → check → write. */
public final class Pipeline {

  /** Decoded text the template pass keeps for the second pass, at most (16 Mi chars, 32 MiB of heap). */
  private static final long KEPT_CHARS = 16L << 20;

  private final Stages stages;
  private final RunListener listener;
  private final InputOptions inputOptions;
  private final EnglishOutput english;

  public Pipeline(Stages stages, RunListener listener) {
    this(stages, listener, InputOptions.defaults(), EnglishOutput.defaults());
  }

  /** A pipeline reading inputs as {@code inputOptions} says and writing English articles as {@code english} says. */
  public Pipeline(Stages stages, RunListener listener, InputOptions inputOptions, EnglishOutput english) {
    this.stages = stages;
    this.listener = listener;
    this.inputOptions = inputOptions;
    this.english = english;
  }

  /** The cleaned, segmented articles of {@code inputs}, read lazily; unreadable inputs go to {@code onSkip}. */
  public Iterator<Article> articles(List<String> inputs, Consumer<Skipped> onSkip) {
    return source(inputs, onSkip, Segmenter.NO_LIMIT);
  }

  /** As {@link #articles(List, Consumer)}, long sentences cut to {@code maxSegmentChars} as a translate run cuts them. */
  public Iterator<Article> articles(List<String> inputs, Consumer<Skipped> onSkip, int maxSegmentChars) {
    return source(inputs, onSkip, maxSegmentChars);
  }

  private ArticleSource source(List<String> inputs, Consumer<Skipped> onSkip, int maxSegmentChars) {
    return source(InputFinder.find(inputs), onSkip, batchStages -> ArticleWork.of(batchStages, maxSegmentChars),
        KEPT_CHARS);
  }

  private ArticleSource source(InputSet found, Consumer<Skipped> onSkip, Function<Stages, ArticleWork> work,
                               long keptChars) {
    found.problems().forEach(onSkip);
    listener.inputsFound(found.files().size());
    KeptTexts kept = new KeptTexts(keptChars);
    Stages batchStages = forBatch(found.files(), kept);
    return new ArticleSource(found.files(),
        new InputFormats(inputOptions, stages.reader(), listener::notice).takingTextsFrom(kept), work.apply(batchStages),
        onSkip);
  }

  /** The stages with a cleaner that knows the batch's template lines, when the cleaner learns them. */
  Stages forBatch(List<InputFile> files) {
    return forBatch(files, new KeptTexts(0));
  }

  private Stages forBatch(List<InputFile> files, KeptTexts kept) {
    if (!stages.cleaner().learnsTemplates()) return stages;
    BatchTemplate.Rule rule = BatchTemplate.Rule.defaults();
    // a template line is in at least minArticles articles: a batch that cannot hold as many has none, and is read once
    boolean tooFew = new InputFormats(inputOptions, stages.reader()).mostArticles(files) < rule.minArticles();
    return stages.withCleaner(stages.cleaner().forBatch(tooFew ? BatchTemplate.none() : learnTemplate(files, kept, rule)));
  }

  /** First pass over the batch: which lines recur across many articles (a site's template); text files go to {@code kept}. */
  private BatchTemplate learnTemplate(List<InputFile> files, KeptTexts kept, BatchTemplate.Rule rule) {
    BatchTemplate template = BatchTemplate.learning(rule);
    InputFormats formats = new InputFormats(inputOptions, stages.reader()).keepingTextsIn(kept);
    for (InputFile file : files) {
      try (ArticleStream articles = formats.open(file, bad -> { })) {
        articles.forEachRemaining(article -> template.learn(article.text()));
      } catch (UnreadableInputException e) {
        // reported when the second pass reads it
      }
    }
    return template;
  }

  public RunReport translate(List<String> inputs, Path out, Translator translator, TranslationEngine engine)
      throws IOException {
    long start = System.nanoTime();
    List<Skipped> skipped = new ArrayList<>();
    Consumer<Skipped> onSkip = s -> {
      skipped.add(s);
      listener.skipped(s);
    };
    Tally tally = new Tally();
    List<RepairedInput> repaired = new ArrayList<>();
    EngineReport engineReport;
    RunReport report;
    // the lock first: a refused run reads nothing, and no other run can delete this one's temporary files
    OutputLock lock = OutputLock.acquire(out, "tarjama translate " + String.join(" ", inputs) + " --out " + out);
    boolean written = false;
    try (lock) {
      lock.takenOver().ifPresent(listener::notice);
      removeStaleParts(out);
      InputSet found = InputFinder.find(inputs, out);
      // read → clean → segment, lazily as the engine pulls articles; a translate run waits on its backend, not on
      // reading, so it reads each file twice rather than keep the template pass's texts: its memory stays flat
      ArticleSource articles = source(found, onSkip, batchStages -> ArticleWork.of(batchStages, translator.limits().maxItemChars())
          .forBackend(translator.name(), translator.model(), translator.fitForTraining()), 0);
      EnglishOutput englishOut = english.mirroring(inputs)
          .withRecordFiles(new InputFormats(inputOptions, stages.reader()).recordFiles(found.files()));
      try (CorpusWriter output = OutputSet.open(out, Version.current(), englishOut);
          ReviewPage.Streaming review = ReviewPage.streaming(out.resolve(ReviewPage.FILE))) {
        // → translate → align → check → write
        engineReport = engine.run(articles, (article, outcomes) -> {
          List<Pair> pairs = articles.work().finish(article, outcomes);
          output.write(article, pairs);
          // the page as the run folder would give it: an article without pairs is not in pairs.jsonl
          if (!pairs.isEmpty()) review.add(new SourceDocument(article.id(), Optional.of(article), pairs));
          tally.add(article, pairs);
          if (!article.repairs().isEmpty()) {
            RepairedInput r = new RepairedInput(article.id(), article.source(), article.repairs());
            repaired.add(r);
            listener.repaired(r);
          }
          listener.articleWritten(article, pairs);
        });
        // a run without a single article (a typo, every input skipped) leaves the folder as it was
        if (tally.articles > 0) output.commit();
        long total = (System.nanoTime() - start) / 1_000_000;
        report = new RunReport(Version.current(), translator.name(), translator.model(), inputs,
            tally.counts(skipped.size()), skipped,
            new RunReport.Timings(articles.millis(), Math.max(0, total - articles.millis()), total), engineReport, repaired);
        if (tally.articles > 0) {
          RunReportJson.write(out.resolve(OutputSet.RUN), report);
          review.commit(new RunFolderSource(out).describe());
          written = true;
        }
      }
    } finally {
      // a folder this run created and did not finish (every input skipped, a full disk) is not left behind empty
      if (!written && lock.createdFolder()) removeIfNothingWritten(out);
    }
    return report;
  }

  /**
   * Deletes what is left of a folder this run created and wrote nothing to: its empty folders, its emptied lock
   * file (one another run has taken since holds that run's command line, and stays) and then the folder.
   */
  static void removeIfNothingWritten(Path out) {
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path folder : walk.filter(p -> !p.equals(out) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .sorted(Comparator.reverseOrder()).toList()) {
        deleteIfEmpty(folder);
      }
      Path lock = out.resolve(OutputLock.FILE);
      if (Files.isRegularFile(lock) && Files.size(lock) == 0) Files.delete(lock);
      deleteIfEmpty(out);
    } catch (IOException e) {
      // something else is in it now, or it went: leave it
    }
  }

  private static void deleteIfEmpty(Path folder) throws IOException {
    try {
      Files.deleteIfExists(folder);
    } catch (DirectoryNotEmptyException e) {
      // holds files: not this run's to remove
    }
  }

  /** Deletes the hidden {@code .*.part} temporary files a killed run left in {@code out} and {@code out/articles}. */
  static void removeStaleParts(Path out) throws IOException {
    for (Path folder : List.of(out, out.resolve(OutputSet.ARTICLES))) {
      if (!Files.isDirectory(folder)) continue;
      try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".*.part")) {
        for (Path part : parts) Files.deleteIfExists(part);
      }
    }
    Path english = out.resolve(OutputSet.ENGLISH);
    if (!Files.isDirectory(english, LinkOption.NOFOLLOW_LINKS)) return;
    // en/ mirrors the input folders, so its leftovers may sit in any folder below it
    try (Stream<Path> files = Files.walk(english)) {
      for (Path part : files.filter(f -> f.getFileName().toString().matches("\\..*\\.part")).toList()) {
        Files.deleteIfExists(part);
      }
    }
  }

  /** Running totals over the written articles. */
  private static final class Tally {
    long articles;
    long paragraphs;
    long segments;
    long removed;
    long translated;
    long failures;

    void add(Article article, List<Pair> pairs) {
      articles++;
      paragraphs += article.paragraphs().size();
      segments += pairs.size();
      removed += article.removals().size();
      for (Pair pair : pairs) {
        if (pair.isOk()) translated++;
        else failures++;
      }
    }

    Counts counts(long skippedInputs) {
      return new Counts(articles, paragraphs, segments, removed, translated, failures, skippedInputs);
    }
  }
}

package org.tarjama.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.tarjama.Version;
import org.tarjama.align.Bead;
import org.tarjama.align.PieceJoiner;
import org.tarjama.align.SentenceAligner;
import org.tarjama.export.AlignmentOutput;
import org.tarjama.export.OutputLock;
import org.tarjama.export.OutputSet;
import org.tarjama.export.RunFolderSource;
import org.tarjama.io.ArticleStream;
import org.tarjama.io.InputFormats;
import org.tarjama.io.InputOptions;
import org.tarjama.io.DecodedText;
import org.tarjama.io.DocumentPair;
import org.tarjama.io.InputFile;
import org.tarjama.io.Skipped;
import org.tarjama.io.SourceArticle;
import org.tarjama.io.UnreadableInputException;
import org.tarjama.model.AlignedPair;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Quality;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.model.Span;
import org.tarjama.model.UnalignedSentence;
import org.tarjama.quality.Flags;
import org.tarjama.quality.QualityCheck;
import org.tarjama.quality.TextMeasure;
import org.tarjama.review.ReviewPage;
import org.tarjama.segment.EnglishSentences;
import org.tarjama.segment.Segmenter;
import org.tarjama.translate.EngineReport;
import org.tarjama.translate.TranslationEngine;
import org.tarjama.translate.Translator;

/**
 * One align run over document pairs: read both sides → clean and segment the Arabic as translate does, split the
 * English → translate the Arabic → align sentences → check → write. A document pair that cannot be aligned
 * (unreadable, empty, a side in the wrong language) is reported and the rest go on.
 */
public final class AlignPipeline {

  /** The backend name recorded on aligned pairs: their English is the document's own, not a backend's. */
  public static final String BACKEND = "align";
  /**
   * A document pair whose aligned beads score under this median, over at least {@link #UNRELATED_MIN_PAIRS} of them,
   * is two unrelated texts: the aligner pairs sentences of fitting length even then, so the whole pair is reported
   * instead of written (real pairs score 0.3 and more with gloss; unrelated ones about 0.03).
   */
  static final double UNRELATED_MEDIAN = 0.1;
  static final int UNRELATED_MIN_PAIRS = 5;
  /** A side whose letters are less than this share in its script is taken to be in the wrong language. */
  static final double SCRIPT_SHARE = 0.5;

  private final Stages stages;
  private final SentenceAligner aligner;
  private final RunListener listener;

  public AlignPipeline(Stages stages, SentenceAligner aligner, RunListener listener) {
    this.stages = stages;
    this.aligner = aligner;
    this.listener = listener;
  }

  /** How to read the document pairs and which beads go into the corpus files. */
  public record Settings(boolean presplit, double minScore) {
    public Settings {
      if (!(minScore >= 0 && minScore <= 1)) throw new IllegalArgumentException("--min-score must be between 0 and 1: " + minScore);
    }
  }

  public RunReport align(List<DocumentPair> documents, List<Skipped> problems, List<String> inputs, Path out,
                         Translator translator, TranslationEngine engine, Settings settings) throws IOException {
    long start = System.nanoTime();
    List<Skipped> skipped = new ArrayList<>();
    Consumer<Skipped> onSkip = s -> {
      skipped.add(s);
      listener.skipped(s);
    };
    problems.forEach(onSkip);
    listener.inputsFound(documents.size());
    Sides sides = new Sides(documents, batchStages(documents, settings), onSkip, translator.limits().maxItemChars(), settings);
    QualityCheck check = stages.quality().forBackend(BACKEND, true);
    long[] counts = new long[5];
    RunReport report;
    // the lock first, as translate does: a refused run reads nothing
    OutputLock lock = OutputLock.acquire(out, "tarjama align " + String.join(" ", inputs) + " --out " + out);
    boolean written = false;
    try (lock) {
      lock.takenOver().ifPresent(listener::notice);
      Pipeline.removeStaleParts(out);
      EngineReport engineReport;
      try (AlignmentOutput output = AlignmentOutput.open(out, Version.current())) {
        engineReport = engine.run(sides, (article, outcomes) -> {
          List<Pair> arabic = PieceJoiner.join(stages.aligner().align(article, outcomes, translator.name(), translator.model()));
          DocumentAlignment found = alignDocument(article.id(), arabic, sides.english(article.id()), model(translator),
              check, settings.minScore());
          List<AlignedPair> aligned = found.aligned();
          if (aligned.isEmpty()) {
            onSkip.accept(new Skipped(article.source(), "no sentence pair: every sentence of both sides was left unaligned ("
                + arabic.size() + " Arabic, " + found.left().stream().filter(u -> u.side().equals("en")).count()
                + " English); check that the files pair up and, with --presplit, that both hold one sentence a line"));
            return;
          }
          double median = medianScore(aligned);
          if (aligned.size() >= UNRELATED_MIN_PAIRS && median < UNRELATED_MEDIAN) {
            onSkip.accept(new Skipped(article.source(), String.format(java.util.Locale.ROOT, "the two sides do not look like"
                + " translations of each other: median alignment score %.3f over %d sentence pairs (under %.2f);"
                + " check that the files pair up", median, aligned.size(), UNRELATED_MEDIAN)));
            return;
          }
          output.write(article, aligned, found.left(), settings.minScore());
          counts[0]++;
          counts[1] += article.paragraphs().size();
          counts[2] += aligned.size();
          counts[3] += article.removals().size();
          counts[4] += arabic.stream().filter(p -> !p.isOk()).count();
          listener.articleWritten(article, aligned.stream().map(AlignedPair::pair).toList());
        });
        // a run without a single document pair leaves the folder as it was
        if (counts[0] > 0) output.commit();
      }
      long total = (System.nanoTime() - start) / 1_000_000;
      report = new RunReport(Version.current(), translator.name(), translator.model(), inputs,
          new Counts(counts[0], counts[1], counts[2], counts[3], counts[2], counts[4], skipped.size()), skipped,
          new RunReport.Timings(sides.millis(), Math.max(0, total - sides.millis()), total), engineReport);
      if (counts[0] > 0) {
        RunReportJson.write(out.resolve(OutputSet.RUN), report);
        ReviewPage.write(new RunFolderSource(out), out.resolve(ReviewPage.FILE));
        written = true;
      }
    } finally {
      if (!written && lock.createdFolder()) Pipeline.removeIfNothingWritten(out);
    }
    return report;
  }

  /** The beads of one document pair: its sentence pairs, and the sentences one side lacks. */
  private record DocumentAlignment(List<AlignedPair> aligned, List<UnalignedSentence> left) {
  }

  private DocumentAlignment alignDocument(String doc, List<Pair> arabic, List<String> english, String model,
                                          QualityCheck check, double minScore) {
    // a failed translation leaves the length model alone to place its sentence
    List<String> translations = arabic.stream().map(p -> p.isOk() ? p.en() : "").toList();
    List<AlignedPair> aligned = new ArrayList<>();
    List<UnalignedSentence> left = new ArrayList<>();
    for (Bead bead : aligner.align(arabic.stream().map(Pair::ar).toList(), translations, english)) {
      if (bead.isPair()) {
        aligned.add(pair(arabic, english, bead, model, check, minScore));
      } else if (bead.arCount() > 0) {
        left.add(new UnalignedSentence(doc, "ar", bead.arStart(), arabic.get(bead.arStart()).ar(),
            translations.get(bead.arStart())));
      } else {
        left.add(new UnalignedSentence(doc, "en", bead.enStart(), english.get(bead.enStart()), ""));
      }
    }
    return new DocumentAlignment(aligned, left);
  }

  /** What aligned the pairs, as recorded in their {@code model}: the backend and its model. */
  private static String model(Translator translator) {
    return translator.model().isEmpty() ? translator.name() : translator.name() + "/" + translator.model();
  }

  private static double medianScore(List<AlignedPair> aligned) {
    if (aligned.isEmpty()) return 0;
    double[] scores = aligned.stream().mapToDouble(AlignedPair::score).sorted().toArray();
    return scores[scores.length / 2];
  }

  private Stages batchStages(List<DocumentPair> documents, Settings settings) {
    if (settings.presplit()) return stages;
    return new Pipeline(stages, RunListener.NONE).forBatch(documents.stream().map(AlignPipeline::arabicInput).toList());
  }

  private static InputFile arabicInput(DocumentPair pair) {
    return new InputFile(pair.id(), pair.arabic().toString(), pair.arabic());
  }

  /** A bead with sentences on both sides as a pair: id of its first Arabic sentence, quality checked, score kept. */
  private static AlignedPair pair(List<Pair> arabic, List<String> english, Bead bead, String model, QualityCheck check,
                                  double minScore) {
    SegmentId id = arabic.get(bead.arStart()).id();
    String ar = String.join(" ", bead.arSents().stream().map(i -> arabic.get(i).ar()).toList());
    String en = String.join(" ", bead.enSents().stream().map(english::get).toList());
    double score = Math.round(bead.score() * 10000) / 10000.0;
    Pair checked = check.check(Pair.ok(id, ar, en, BACKEND, model));
    Map<String, Double> scores = new LinkedHashMap<>(checked.quality().scores());
    scores.put(ALIGN_SCORE, score);
    List<String> flags = new ArrayList<>(checked.quality().flags());
    if (score < minScore) flags.add(LOW_ALIGNMENT);
    return new AlignedPair(checked.withQuality(new Quality(scores, flags)), bead.type(), bead.arSents(), bead.enSents(), score);
  }

  /** The quality score name under which a pair's alignment score is kept (TMX {@code x-score-align}). */
  public static final String ALIGN_SCORE = "align";
  /** The flag of an aligned pair scoring under {@code --min-score}: kept in pairs.jsonl, left out of the corpus. */
  public static final String LOW_ALIGNMENT = Flags.LOW_ALIGNMENT;

  /**
   * The Arabic documents as the engine pulls them, each checked with its English side first; the English
   * sentences wait here until their article is aligned.
   */
  private static final class Sides implements Iterator<Article> {
    private final Iterator<DocumentPair> pairs;
    private final Stages stages;
    private final Consumer<Skipped> onSkip;
    private final int maxSegmentChars;
    private final Settings settings;
    private final Map<String, List<String>> english = new HashMap<>();
    // one for all pairs, so two records with one id in two files get two ids, as in translate
    private final InputFormats arabicFormats;
    private long nanos;
    private @Nullable Article next;

    Sides(List<DocumentPair> pairs, Stages stages, Consumer<Skipped> onSkip, int maxSegmentChars, Settings settings) {
      this.pairs = pairs.iterator();
      this.stages = stages;
      this.onSkip = onSkip;
      this.maxSegmentChars = maxSegmentChars;
      this.settings = settings;
      this.arabicFormats = new InputFormats(InputOptions.defaults(), stages.reader());
    }

    @Override
    public boolean hasNext() {
      while (next == null && pairs.hasNext()) {
        long start = System.nanoTime();
        DocumentPair pair = pairs.next();
        try {
          next = prepare(pair);
        } catch (UnreadableInputException e) {
          onSkip.accept(new Skipped(pair.arabic() + " + " + pair.english(), e.getMessage()));
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

    synchronized List<String> english(String id) {
      List<String> sentences = english.remove(id);
      if (sentences == null) throw new IllegalStateException("no English side kept for " + id);
      return sentences;
    }

    long millis() {
      return nanos / 1_000_000;
    }

    private Article prepare(DocumentPair pair) throws UnreadableInputException {
      List<String> en = englishSentences(pair);
      Article article = settings.presplit() ? presplitArabic(pair) : cleanedArabic(pair);
      String arabicText = String.join(" ", article.segments().stream().map(Segment::text).toList());
      if (TextMeasure.arabicShare(arabicText) < SCRIPT_SHARE) {
        throw new UnreadableInputException("the Arabic side " + pair.arabic() + " is not Arabic (under half its letters"
            + " are Arabic script); are the two sides swapped?");
      }
      synchronized (this) {
        english.put(article.id(), en);
      }
      return article;
    }

    private List<String> englishSentences(DocumentPair pair) throws UnreadableInputException {
      String text = englishText(pair);
      List<String> sentences = settings.presplit() ? lines(text) : EnglishSentences.split(text);
      if (sentences.isEmpty()) {
        throw new UnreadableInputException("the English side " + pair.english() + " is empty; nothing to align with");
      }
      if (TextMeasure.arabicShare(String.join(" ", sentences)) >= SCRIPT_SHARE) {
        throw new UnreadableInputException("the English side " + pair.english() + " is mostly Arabic script;"
            + " are the two sides swapped?");
      }
      return sentences;
    }

    /** The English side's text, read in its format as the Arabic is (a page's paragraphs, a record's fields). */
    private String englishText(DocumentPair pair) throws UnreadableInputException {
      List<String> problems = new ArrayList<>();
      List<SourceArticle> found = new ArrayList<>();
      InputFile file = new InputFile(pair.id(), pair.english().toString(), pair.english());
      try (ArticleStream articles = new InputFormats(InputOptions.defaults(), stages.reader()).open(file,
          s -> problems.add(s.reason()))) {
        while (articles.hasNext() && found.size() < 2) found.add(articles.next());
      } catch (UnreadableInputException e) {
        throw new UnreadableInputException("the English side " + pair.english() + ": " + e.getMessage());
      }
      if (found.isEmpty()) {
        throw new UnreadableInputException("the English side " + pair.english() + ": " + String.join("; ", problems));
      }
      if (found.size() > 1) throw severalArticles("English", pair.english());
      return found.get(0).text();
    }

    // a side is one document; aligning one record of many against the whole other side would pair by chance
    private static UnreadableInputException severalArticles(String side, Path file) {
      return new UnreadableInputException("the " + side + " side " + file + " holds 2 articles or more (JSONL records);"
          + " align pairs one document with one, so give each record its own file or list them in a TSV");
    }

    private Article cleanedArabic(DocumentPair pair) throws UnreadableInputException {
      List<Article> found = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      ArticleSource source = new ArticleSource(List.of(arabicInput(pair)), arabicFormats,
          ArticleWork.of(stages, maxSegmentChars), s -> problems.add(s.reason()));
      while (source.hasNext() && found.size() < 2) found.add(source.next());
      if (found.isEmpty()) {
        throw new UnreadableInputException("the Arabic side " + pair.arabic() + ": " + String.join("; ", problems));
      }
      if (found.size() > 1) throw severalArticles("Arabic", pair.arabic());
      return found.get(0);
    }

    /** One sentence per non-blank line, as given: each its own paragraph, so cuts and ids follow the lines. */
    private Article presplitArabic(DocumentPair pair) throws UnreadableInputException {
      DecodedText text;
      try {
        text = stages.reader().read(arabicInput(pair));
      } catch (UnreadableInputException e) {
        throw new UnreadableInputException("the Arabic side " + pair.arabic() + ": " + e.getMessage());
      }
      List<Paragraph> paragraphs = new ArrayList<>();
      List<String> lines = text.text().lines().toList();
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n).strip();
        if (line.isEmpty()) continue;
        Paragraph p = new Paragraph(paragraphs.size() + 1, n + 1, line);
        paragraphs.add(p.withSegments(WHOLE_LINE.segments(pair.id(), p, maxSegmentChars)));
      }
      if (paragraphs.isEmpty()) {
        throw new UnreadableInputException("the Arabic side " + pair.arabic() + " is empty; nothing to align");
      }
      return new Article(pair.id(), pair.arabic().toString(), text.encoding(), paragraphs, List.of());
    }

    /** A line given as one sentence; still cut, as translate cuts, when longer than the backend takes. */
    private static final Segmenter WHOLE_LINE = paragraph -> List.of(new Span(0, paragraph.length()));

    private static List<String> lines(String text) {
      return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
  }
}

package org.tarjama;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.tarjama.align.SentenceAligner;
import org.tarjama.config.AutoBackend;
import org.tarjama.config.ConfigException;
import org.tarjama.config.Configuration;
import org.tarjama.io.DocumentPairs;
import org.tarjama.io.Skipped;
import org.tarjama.memory.MemoryScope;
import org.tarjama.memory.TranslationMemory;
import org.tarjama.model.Article;
import org.tarjama.model.Segment;
import org.tarjama.pipeline.AlignPipeline;
import org.tarjama.pipeline.Pipeline;
import org.tarjama.pipeline.RunListener;
import org.tarjama.pipeline.RunReport;
import org.tarjama.pipeline.Stages;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.Backends;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.EngineReport;
import org.tarjama.translate.Translator;
import org.tarjama.translate.engine.ConcurrentEngine;
import org.tarjama.translate.engine.DryRunReport;

/** The library's front door: everything the command line does, callable from Java. */
public final class Tarjama {

  private Tarjama() {
  }

  /** Translates the inputs and writes pairs, corpus files, article files and run.json into {@code options.out()}. */
  public static RunReport translate(TranslateOptions options, RunListener listener)
      throws IOException, BackendUnavailableException, ConfigException {
    AutoBackend.Choice choice = chooseBackend(options);
    if (choice.automatic()) listener.backendChosen(choice.reason());
    try (Translator translator = Backends.load().require(choice.backend()).create(choice.settings())) {
      return translate(options, translator, choice.settings().options(), listener);
    }
  }

  /** As {@link #translate(TranslateOptions, RunListener)}, with a translator the caller built (and closes). */
  public static RunReport translate(TranslateOptions options, Translator translator, RunListener listener)
      throws IOException {
    return translate(options, translator, options.backendOptions(), listener);
  }

  private static RunReport translate(TranslateOptions options, Translator translator, Map<String, String> backendOptions,
                                     RunListener listener) throws IOException {
    try (TranslationMemory memory = options.engine().memory().open()) {
      ConcurrentEngine engine = new ConcurrentEngine(translator, memory,
          MemoryScope.of(translator.name(), translator.model(), backendOptions), options.engine());
      return new Pipeline(Stages.defaults(), listener).translate(options.inputs(), options.out(), translator, engine);
    }
  }

  /**
   * Aligns Arabic documents with their English counterparts sentence by sentence, translating the Arabic through
   * the chosen backend and the memory, and writes the pairs in a translate run's layout into the output folder.
   */
  public static RunReport align(AlignOptions options, RunListener listener)
      throws IOException, BackendUnavailableException, ConfigException {
    AutoBackend.Choice choice = chooseBackend(options.translate());
    if (choice.automatic()) listener.backendChosen(choice.reason());
    DocumentPairs.PairSet found = DocumentPairs.find(options.arabic(), options.english());
    try (Translator translator = Backends.load().require(choice.backend()).create(choice.settings());
         TranslationMemory memory = options.translate().engine().memory().open()) {
      ConcurrentEngine engine = new ConcurrentEngine(translator, memory,
          MemoryScope.of(translator.name(), translator.model(), choice.settings().options()), options.translate().engine());
      return new AlignPipeline(Stages.defaults(), SentenceAligner.standard(), listener).align(found.pairs(),
          found.problems(), options.translate().inputs(), options.translate().out(), translator, engine,
          new AlignPipeline.Settings(options.presplit(), options.minScore()));
    }
  }

  /** What {@link #translate} would send and cost, found without sending anything or writing any output. */
  public static DryRunReport dryRun(TranslateOptions options, RunListener listener)
      throws IOException, BackendUnavailableException, ConfigException {
    AutoBackend.Choice choice = chooseBackend(options);
    if (choice.automatic()) listener.backendChosen(choice.reason());
    try (Translator translator = Backends.load().require(choice.backend()).create(choice.settings());
         TranslationMemory memory = options.engine().memory().open()) {
      MemoryScope scope = MemoryScope.of(translator.name(), translator.model(), choice.settings().options());
      long[] seen = new long[3];
      EngineReport sent = ConcurrentEngine.dryRun(translator, memory, scope, options.engine())
          .run(new Pipeline(Stages.defaults(), RunListener.NONE)
              .articles(options.inputs(), listener::skipped, translator.limits().maxItemChars()), (article, outcomes) -> {
            seen[0]++;
            for (Segment segment : article.segments()) {
              seen[1]++;
              seen[2] += BatchLimits.chars(segment.text());
            }
          });
      return new DryRunReport(translator.name(), translator.model(), seen[0], seen[1], seen[2], sent.memoryHits(),
          sent.duplicateSegments(), sent.requests(), sent.segmentsSent(), sent.charactersSent(),
          options.engine().termsFor(translator.name()).pricePerMillionChars());
    }
  }

  /**
   * The backend a run will use, every layer applied (flag, environment, config file), with {@code auto} resolved,
   * and the options given in {@code options} laid over the config file's.
   */
  public static AutoBackend.Choice chooseBackend(TranslateOptions options) throws ConfigException {
    Configuration config = Configuration.load(options.config(), Path.of(""), System::getenv);
    AutoBackend.Choice choice = AutoBackend.select(config, options.backend(), options.endpoint(), options.model(),
        AutoBackend.Probes.local());
    Map<String, String> merged = new HashMap<>(choice.settings().options());
    merged.putAll(options.backendOptions());
    BackendSettings s = choice.settings();
    return new AutoBackend.Choice(choice.backend(), new BackendSettings(s.endpoint(), s.model(), merged, s.env()),
        choice.reason(), choice.automatic());
  }

  /** The cleaned, segmented articles of {@code inputs}, read lazily; unreadable inputs go to {@code onSkip}. */
  public static Iterator<Article> segment(List<String> inputs, Consumer<Skipped> onSkip) {
    return new Pipeline(Stages.defaults(), RunListener.NONE).articles(inputs, onSkip);
  }
}

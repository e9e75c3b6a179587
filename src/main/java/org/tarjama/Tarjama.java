package org.tarjama;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Consumer;
import org.tarjama.align.SentenceAligner;
import org.tarjama.config.AutoBackend;
import org.tarjama.config.ConfigException;
import org.tarjama.config.Configuration;
import org.tarjama.io.DocumentPairs;
import org.tarjama.io.Skipped;
import org.tarjama.memory.MemoryScope;
import org.tarjama.memory.OldKeys;
import org.tarjama.memory.TranslationMemory;
import org.tarjama.model.Article;
import org.tarjama.model.Segment;
import org.tarjama.pipeline.AlignPipeline;
import org.tarjama.pipeline.AutoGlossary;
import org.tarjama.pipeline.Pipeline;
import org.tarjama.pipeline.RunListener;
import org.tarjama.pipeline.RunReport;
import org.tarjama.pipeline.Stages;
import org.tarjama.translate.BackendDescriptor;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.Backends;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.EngineReport;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.Options;
import org.tarjama.translate.engine.BackendTerms;
import org.tarjama.translate.engine.ConcurrentEngine;
import org.tarjama.translate.engine.DryRunReport;
import org.tarjama.translate.engine.EngineOptions;

/** The library's front door: everything the command line does, callable from Java. */
public final class Tarjama {

  private Tarjama() {
  }

  /** Translates the inputs and writes pairs, corpus files, article files and run.json into {@code options.out()}. */
  public static RunReport translate(TranslateOptions options, RunListener listener)
      throws IOException, BackendUnavailableException, ConfigException {
    AutoBackend.Choice choice = chooseBackend(options);
    if (choice.automatic()) listener.backendChosen(choice.reason());
    TranslatorProvider provider = Backends.load().require(choice.backend());
    try (Translator translator = provider.create(choice.settings())) {
      if (!Options.flag(choice.backend(), choice.settings(), AutoGlossary.OPTION, false)
          || provider.descriptor().option(AutoGlossary.OPTION).isEmpty()) {
        return translate(options, translator, provider.descriptor(), choice.settings(), listener);
      }
      Optional<Path> glossary = withAutoGlossary(options, translator, choice.settings(), listener);
      if (glossary.isEmpty()) return translate(options, translator, provider.descriptor(), choice.settings(), listener);
      Map<String, String> withFile = new HashMap<>(choice.settings().options());
      withFile.put("glossary", glossary.get().toString());
      BackendSettings s = choice.settings();
      BackendSettings named = new BackendSettings(s.endpoint(), s.model(), withFile, s.env());
      // the memory key holds the generated glossary's content (not its path), as for a glossary the user gives
      try (Translator withGlossary = provider.create(named)) {
        return translate(options, withGlossary, provider.descriptor(), named, listener);
      }
    }
  }

  private static Optional<Path> withAutoGlossary(TranslateOptions options, Translator translator, BackendSettings settings,
                                                 RunListener listener) throws IOException {
    AutoGlossary.Result result = AutoGlossary.build(
        new Pipeline(Stages.defaults(), RunListener.NONE, options.input(), options.english()), options.inputs(),
        translator, options.out(), settings.option("glossary").map(Path::of));
    listener.notice(result.message());
    return result.file();
  }

  /**
   * As {@link #translate(TranslateOptions, RunListener)}, with a translator the caller built (and closes); the
   * descriptor of the backend of that name on the class path, if any, keys the memory and sets the rate limits.
   */
  public static RunReport translate(TranslateOptions options, Translator translator, RunListener listener)
      throws IOException {
    BackendDescriptor descriptor = Backends.load().find(translator.name()).map(TranslatorProvider::descriptor)
        .orElseGet(() -> BackendDescriptor.builder(translator.name()).build());
    return translate(options, translator, descriptor, new BackendSettings(options.endpoint(), options.model(),
        options.backendOptions(), System::getenv), listener);
  }

  private static RunReport translate(TranslateOptions options, Translator translator, BackendDescriptor descriptor,
                                     BackendSettings settings, RunListener listener) throws IOException {
    EngineOptions engine = withTerms(options.engine(), descriptor, settings);
    MemoryScope scope = MemoryScope.of(descriptor, translator.model(), settings);
    try (TranslationMemory memory = readingOldKeys(engine.memory().open(), descriptor, translator, settings, scope)) {
      ConcurrentEngine run = new ConcurrentEngine(translator, memory, scope, engine);
      return new Pipeline(Stages.defaults(), listener, options.input(), options.english())
          .translate(options.inputs(), options.out(), translator, run);
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
    DocumentPairs.PairSet found = DocumentPairs.find(options.arabic(), options.english(), options.translate().out());
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
    TranslatorProvider provider = Backends.load().require(choice.backend());
    BackendDescriptor descriptor = provider.descriptor();
    EngineOptions engine = withTerms(options.engine(), descriptor, choice.settings());
    try (Translator translator = provider.create(choice.settings())) {
      MemoryScope scope = MemoryScope.of(descriptor, translator.model(), choice.settings());
      try (TranslationMemory memory = readingOldKeys(engine.memory().open(), descriptor, translator, choice.settings(),
          scope)) {
        long[] seen = new long[3];
        double price = engine.termsFor(translator.name()).pricePerMillionChars();
        EngineReport sent = ConcurrentEngine.dryRun(translator, memory, scope, engine)
            .run(new Pipeline(Stages.defaults(), RunListener.NONE, options.input(), options.english())
                .articles(options.inputs(), listener::skipped, translator.limits().maxItemChars()), (article, outcomes) -> {
              seen[0]++;
              for (Segment segment : article.segments()) {
                seen[1]++;
                seen[2] += BatchLimits.chars(segment.text());
              }
            });
        return new DryRunReport(translator.name(), translator.model(), seen[0], seen[1], seen[2], sent.memoryHits(),
            sent.duplicateSegments(), sent.requests(), sent.segmentsSent(), sent.charactersSent(), price,
            // the backend's own list price, not one the user gave
            price == descriptor.prices().perMillionCharacters()
                && choice.settings().option(BackendDescriptor.PRICE_PER_MILLION_CHARACTERS).isEmpty());
      }
    }
  }

  /** {@code engine} with the backend's declared rate limits and price, unless the caller set its own. */
  private static EngineOptions withTerms(EngineOptions engine, BackendDescriptor backend, BackendSettings settings) {
    if (engine.terms().containsKey(backend.name().toLowerCase(Locale.ROOT))) return engine;
    return engine.newBuilder().terms(backend.name(), BackendTerms.of(backend, settings)).build();
  }

  /** {@code memory}, also reading what an older tarjama stored for the same settings. */
  private static TranslationMemory readingOldKeys(TranslationMemory memory, BackendDescriptor backend,
                                                  Translator translator, BackendSettings settings, MemoryScope scope) {
    return MemoryScope.before(backend, translator.model(), settings, scope)
        .map(old -> OldKeys.reading(memory, scope, old)).orElse(memory);
  }

  /**
   * The backend a run will use, every layer applied (flag, environment, config file), with {@code auto} resolved,
   * and the options given in {@code options} laid over the config file's, checked against the backend's declared
   * options.
   */
  public static AutoBackend.Choice chooseBackend(TranslateOptions options) throws ConfigException {
    Configuration config = Configuration.load(options.config(), Path.of(""), System::getenv);
    AutoBackend.Choice choice = AutoBackend.select(config, options.backend(), options.endpoint(), options.model(),
        AutoBackend.Probes.local());
    try {
      config.checkOptions(choice.backend(), options.backendOptions());
    } catch (ConfigException e) {
      // an option meant for another backend: say which one auto picked, and why
      if (!choice.automatic()) throw e;
      throw new ConfigException(e.getMessage() + " (" + choice.reason() + "; name a backend with --backend)", e);
    }
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

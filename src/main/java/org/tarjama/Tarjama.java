package org.tarjama;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tarjama.config.AutoBackend;
import org.tarjama.config.ConfigException;
import org.tarjama.config.Configuration;
import org.tarjama.io.Skipped;
import org.tarjama.memory.MemoryScope;
import org.tarjama.memory.TranslationMemory;
import org.tarjama.model.Article;
import org.tarjama.model.Segment;
import org.tarjama.pipeline.AutoGlossary;
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
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.Options;
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
    TranslatorProvider provider = Backends.load().require(choice.backend());
    try (Translator translator = provider.create(choice.settings())) {
      if (!Options.flag(choice.backend(), choice.settings(), AutoGlossary.OPTION, false)) {
        return translate(options, translator, choice.settings().options(), listener);
      }
      if (!provider.optionNames().contains(AutoGlossary.OPTION)) {
        listener.notice("auto-glossary: backend " + choice.backend() + " takes no glossary (openai and anthropic do); ignored");
        return translate(options, translator, choice.settings().options(), listener);
      }
      // the memory key keeps the options as given, not the path of the generated glossary
      Optional<Path> glossary = withAutoGlossary(options, translator, choice.settings(), listener);
      if (glossary.isEmpty()) return translate(options, translator, choice.settings().options(), listener);
      Map<String, String> withFile = new HashMap<>(choice.settings().options());
      withFile.put("glossary", glossary.get().toString());
      BackendSettings s = choice.settings();
      try (Translator named = provider.create(new BackendSettings(s.endpoint(), s.model(), withFile, s.env()))) {
        return translate(options, named, choice.settings().options(), listener);
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
      return new Pipeline(Stages.defaults(), listener, options.input(), options.english())
          .translate(options.inputs(), options.out(), translator, engine);
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
          .run(new Pipeline(Stages.defaults(), RunListener.NONE, options.input(), options.english())
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

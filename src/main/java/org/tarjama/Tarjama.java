package org.tarjama;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.tarjama.io.Skipped;
import org.tarjama.memory.MemoryScope;
import org.tarjama.memory.TranslationMemory;
import org.tarjama.model.Article;
import org.tarjama.model.Segment;
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
      throws IOException, BackendUnavailableException {
    try (Translator translator = backend(options)) {
      return translate(options, translator, listener);
    }
  }

  /** As {@link #translate(TranslateOptions, RunListener)}, with a translator the caller built (and closes). */
  public static RunReport translate(TranslateOptions options, Translator translator, RunListener listener)
      throws IOException {
    try (TranslationMemory memory = options.engine().memory().open()) {
      ConcurrentEngine engine = new ConcurrentEngine(translator, memory, scope(options, translator), options.engine());
      return new Pipeline(Stages.defaults(), listener).translate(options.inputs(), options.out(), translator, engine);
    }
  }

  /** What {@link #translate} would send and cost, found without sending anything or writing any output. */
  public static DryRunReport dryRun(TranslateOptions options, Consumer<Skipped> onSkip)
      throws IOException, BackendUnavailableException {
    try (Translator translator = backend(options); TranslationMemory memory = options.engine().memory().open()) {
      long[] seen = new long[3];
      EngineReport sent = ConcurrentEngine.dryRun(translator, memory, scope(options, translator), options.engine())
          .run(segment(options.inputs(), onSkip), (article, outcomes) -> {
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

  /** The cleaned, segmented articles of {@code inputs}, read lazily; unreadable inputs go to {@code onSkip}. */
  public static Iterator<Article> segment(List<String> inputs, Consumer<Skipped> onSkip) {
    return new Pipeline(Stages.defaults(), RunListener.NONE).articles(inputs, onSkip);
  }

  private static Translator backend(TranslateOptions options) throws BackendUnavailableException {
    BackendSettings settings = BackendSettings.fromEnvironment()
        .withEndpoint(options.endpoint()).withModel(options.model());
    settings = new BackendSettings(settings.endpoint(), settings.model(), options.backendOptions(), settings.env());
    return Backends.load().require(options.backend()).create(settings);
  }

  private static MemoryScope scope(TranslateOptions options, Translator translator) {
    return MemoryScope.of(translator.name(), translator.model(), options.backendOptions());
  }
}

package org.tarjama;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.tarjama.io.Skipped;
import org.tarjama.model.Article;
import org.tarjama.pipeline.Pipeline;
import org.tarjama.pipeline.RunListener;
import org.tarjama.pipeline.RunReport;
import org.tarjama.pipeline.Stages;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.Backends;
import org.tarjama.translate.SequentialEngine;
import org.tarjama.translate.Translator;

/** The library's front door: everything the command line does, callable from Java. */
public final class Tarjama {

  private Tarjama() {
  }

  /** Translates the inputs and writes pairs, corpus files, article files and run.json into {@code options.out()}. */
  public static RunReport translate(TranslateOptions options, RunListener listener)
      throws IOException, BackendUnavailableException {
    BackendSettings settings = BackendSettings.fromEnvironment()
        .withEndpoint(options.endpoint()).withModel(options.model());
    settings = new BackendSettings(settings.endpoint(), settings.model(), options.backendOptions(), settings.env());
    try (Translator translator = Backends.load().require(options.backend()).create(settings)) {
      return new Pipeline(Stages.defaults(), listener)
          .translate(options.inputs(), options.out(), translator, new SequentialEngine(translator));
    }
  }

  /** The cleaned, segmented articles of {@code inputs}, read lazily; unreadable inputs go to {@code onSkip}. */
  public static Iterator<Article> segment(List<String> inputs, Consumer<Skipped> onSkip) {
    return new Pipeline(Stages.defaults(), RunListener.NONE).articles(inputs, onSkip);
  }
}

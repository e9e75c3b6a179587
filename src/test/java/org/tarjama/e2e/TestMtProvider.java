package org.tarjama.e2e;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.tarjama.translate.AutoSelection;
import org.tarjama.translate.BackendDescriptor;
import org.tarjama.translate.BackendOption;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.Options;
import org.tarjama.translate.pseudo.PseudoTranslator;

/**
 * A backend written in a test and found only through {@code src/test/resources/META-INF/services}: everything
 * tarjama knows of it is its declaration. Inert unless {@value #KEY} is set, which only {@code DeclaredBackendTest}
 * does (in its config file's {@code secrets:}).
 */
public final class TestMtProvider implements TranslatorProvider {

  static final String NAME = "testmt";
  static final String KEY = "TESTMT_KEY";
  /** Texts translated by every testmt translator, for tests to count what was sent. */
  static final AtomicInteger ITEMS = new AtomicInteger();

  static final BackendDescriptor DESCRIPTOR = BackendDescriptor.builder(NAME)
      .batchLimits(BatchLimits.items(10)).keyVariables(KEY)
      .auto(AutoSelection.whenSet(1, KEY))
      .rateLimits(2, 0).prices(BackendDescriptor.Prices.perMillionCharacters(7.5))
      .option(BackendOption.choice("dialect", "msa", "the English register", "msa", "gulf").changingTranslation())
      .build();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "a backend declared in a test (" + KEY + ")";
  }

  @Override
  public BackendDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public boolean isConfigured(BackendSettings settings) {
    return settings.secret("api-key", KEY).isPresent();
  }

  @Override
  public Translator create(BackendSettings settings) throws BackendUnavailableException {
    if (!isConfigured(settings)) throw new BackendUnavailableException(NAME + ": set " + KEY);
    String dialect = DESCRIPTOR.option("dialect").orElseThrow().canonical(settings.option("dialect").orElse("msa"));
    BatchLimits limits = Options.limits(NAME, settings, BatchLimits.items(10));
    return new Translator() {
      @Override
      public String name() {
        return NAME;
      }

      @Override
      public String model() {
        return "v1";
      }

      @Override
      public BatchLimits limits() {
        return limits;
      }

      @Override
      public List<String> translate(List<TranslationItem> batch) {
        ITEMS.addAndGet(batch.size());
        return batch.stream().map(i -> dialect + ": " + PseudoTranslator.forward(i.text())
            .substring(PseudoTranslator.PREFIX.length())).toList();
      }
    };
  }
}

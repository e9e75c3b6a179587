package org.tarjama.translate.pseudo;

import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;

/** Provides the {@code pseudo} backend. */
public final class PseudoProvider implements TranslatorProvider {

  @Override
  public String name() {
    return "pseudo";
  }

  @Override
  public String description() {
    return "deterministic reversible pseudo-translation (Buckwalter), for tests; not for training";
  }

  @Override
  public boolean isConfigured(BackendSettings settings) {
    return true;
  }

  @Override
  public Translator create(BackendSettings settings) {
    return new PseudoTranslator();
  }
}

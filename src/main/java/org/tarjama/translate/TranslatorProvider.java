package org.tarjama.translate;

import java.util.Optional;

/**
 * Creates a {@link Translator}; found with {@link java.util.ServiceLoader}, so a jar on the class path
 * that lists its provider in {@code META-INF/services/org.tarjama.translate.TranslatorProvider} adds a backend.
 */
public interface TranslatorProvider {

  /** The name typed after {@code --backend}. */
  String name();

  /** One line for {@code tarjama backends}. */
  String description();

  /** Whether {@code settings} hold what this backend needs (key, endpoint), without contacting it. */
  boolean isConfigured(BackendSettings settings);

  Translator create(BackendSettings settings) throws BackendUnavailableException;

  /**
   * What this backend is: its options (which change the translation), key variables, how auto-selection finds
   * it, rate limits and price. The default declares only the options every backend takes, none of them changing
   * the translation, and no way to be picked automatically.
   */
  default BackendDescriptor descriptor() {
    return BackendDescriptor.builder(name()).build();
  }

  /** What one request may carry with {@code settings}, without contacting the backend; empty when unknown. */
  default Optional<BatchLimits> limits(BackendSettings settings) {
    try (Translator translator = create(settings)) {
      return Optional.of(translator.limits());
    } catch (BackendUnavailableException e) {
      return Optional.empty();
    }
  }
}

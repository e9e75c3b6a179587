package org.tarjama.translate;

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
}

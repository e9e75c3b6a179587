package org.tarjama.translate;

import java.util.List;

/**
 * A translation backend, Arabic to English. Implementations send one request per call and either return
 * exactly one translation per item, in the order given, or throw. They do not retry, rate-limit or cache:
 * the engine's middleware does that around them. The engine calls {@link #translate} from several threads at once
 * (up to {@code --concurrency}), so implementations must be thread-safe.
 */
public interface Translator extends AutoCloseable {

  /** The backend's name as typed after {@code --backend}; recorded with every pair. */
  String name();

  /** The model or engine version recorded with every pair; empty when the backend has none. */
  String model();

  /** What one call may carry; the engine packs batches to fit. */
  BatchLimits limits();

  /**
   * Translates {@code batch} (never empty, always within {@link #limits()}).
   *
   * @return one translation per item, in the same order
   */
  List<String> translate(List<TranslationItem> batch) throws BackendException;

  /**
   * Whether the backend sends each item's {@link TranslationItem#context} (DeepL's {@code context}, the LLM prompt);
   * the engine fills it with the article's neighbouring sentences only for those that do.
   */
  default boolean readsContext() {
    return false;
  }

  /** Whether the output is usable as training data; word-by-word and pseudo output is not. */
  default boolean fitForTraining() {
    return true;
  }

  @Override
  default void close() {
  }
}

package org.tarjama.translate;

/**
 * One text to translate. {@code key} is unique within a batch (the segment id) so that backends that
 * answer out of order can be checked; {@code context} holds neighbouring source sentences that guide the
 * translation without being translated (empty when none).
 */
public record TranslationItem(String key, String text, String context) {

  public TranslationItem {
    if (key.isEmpty()) throw new IllegalArgumentException("translation item without a key");
  }

  public TranslationItem(String key, String text) {
    this(key, text, "");
  }
}

package org.tarjama.translate;

import java.util.ArrayList;
import java.util.List;

/** Packs items, in order, into the fewest consecutive batches that each fit the limits. */
public final class BatchPacker {

  private BatchPacker() {
  }

  /**
   * Splits {@code items} into batches within {@code limits}. An item too long for any batch on its own is
   * put alone in a batch, so the backend reports it rather than it vanishing.
   */
  public static List<List<TranslationItem>> pack(List<TranslationItem> items, BatchLimits limits) {
    List<List<TranslationItem>> batches = new ArrayList<>();
    List<TranslationItem> current = new ArrayList<>();
    long chars = 0;
    long bytes = 0;
    for (TranslationItem item : items) {
      int c = BatchLimits.chars(item.text());
      int b = BatchLimits.bytes(item.text());
      boolean full = current.size() + 1 > limits.maxItems() || chars + c > limits.maxChars()
          || bytes + b > limits.maxBytes();
      if (full && !current.isEmpty()) {
        batches.add(List.copyOf(current));
        current.clear();
        chars = 0;
        bytes = 0;
      }
      current.add(item);
      chars += c;
      bytes += b;
    }
    if (!current.isEmpty()) batches.add(List.copyOf(current));
    return batches;
  }
}

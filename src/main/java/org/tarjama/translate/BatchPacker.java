package org.tarjama.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Packs items, in the order they come, into requests within the backend's limits: the open request is cut when
 * it holds the most items allowed, or before an item that would break the character or byte limit. An item too
 * long for any request on its own goes alone, so the backend reports it rather than it vanishing. The engine
 * feeds it one sentence at a time; {@link #pack} packs a whole list.
 *
 * @param <T> what is packed: a {@link TranslationItem}, or the engine's record of one
 */
public final class BatchPacker<T> {

  private final BatchLimits limits;
  private final Function<T, String> text;
  private List<T> open = new ArrayList<>();
  private long chars;
  private long bytes;

  /** A packer of items whose text {@code text} gives. */
  public BatchPacker(BatchLimits limits, Function<T, String> text) {
    this.limits = limits;
    this.text = text;
  }

  /** Splits {@code items} into the fewest consecutive batches that each fit {@code limits}. */
  public static List<List<TranslationItem>> pack(List<TranslationItem> items, BatchLimits limits) {
    List<List<TranslationItem>> batches = new ArrayList<>();
    BatchPacker<TranslationItem> packer = new BatchPacker<>(limits, TranslationItem::text);
    for (TranslationItem item : items) packer.add(item, batches::add);
    if (!packer.isEmpty()) batches.add(packer.take());
    return batches;
  }

  /** Adds {@code item} to the open request; every request this fills is handed to {@code full}. */
  public void add(T item, Consumer<List<T>> full) {
    String s = text.apply(item);
    int c = BatchLimits.chars(s);
    int b = BatchLimits.bytes(s);
    if (!open.isEmpty() && (chars + c > limits.maxChars() || bytes + b > limits.maxBytes())) full.accept(take());
    open.add(item);
    chars += c;
    bytes += b;
    if (open.size() >= limits.maxItems()) full.accept(take());
  }

  public boolean isEmpty() {
    return open.isEmpty();
  }

  /** The open request, which is then empty. */
  public List<T> take() {
    List<T> taken = List.copyOf(open);
    open = new ArrayList<>();
    chars = 0;
    bytes = 0;
    return taken;
  }
}

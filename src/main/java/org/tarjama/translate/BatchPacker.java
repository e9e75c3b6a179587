package org.tarjama.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Packs items, in the order they come, into requests within the backend's limits: the open request is cut when
 * it holds the most items allowed, or before an item that would break the character or byte limit or, when the
 * backend wants one article a request, that belongs to another article. The limits are read for every item, so
 * limits learnt during a run apply to the next request. An item too
 * long for any request on its own goes alone, so the backend reports it rather than it vanishing. The engine
 * feeds it one sentence at a time; {@link #pack} packs a whole list.
 *
 * @param <T> what is packed: a {@link TranslationItem}, or the engine's record of one
 */
public final class BatchPacker<T> {

  private final Supplier<BatchLimits> limits;
  private final Function<T, String> text;
  private final Function<T, String> article;
  private List<T> open = new ArrayList<>();
  private long chars;
  private long bytes;

  /** A packer of items whose text and article {@code text} and {@code article} give, within the current limits. */
  public BatchPacker(Supplier<BatchLimits> limits, Function<T, String> text, Function<T, String> article) {
    this.limits = limits;
    this.text = text;
    this.article = article;
  }

  /** Splits {@code items} into the fewest consecutive batches that each fit {@code limits}. */
  public static List<List<TranslationItem>> pack(List<TranslationItem> items, BatchLimits limits) {
    return pack(items, limits, TranslationItem::text, item -> "");
  }

  /** Splits {@code items} into the fewest consecutive batches that each fit {@code limits}. */
  public static <T> List<List<T>> pack(List<T> items, BatchLimits limits, Function<T, String> text,
                                       Function<T, String> article) {
    List<List<T>> batches = new ArrayList<>();
    BatchPacker<T> packer = new BatchPacker<>(() -> limits, text, article);
    for (T item : items) packer.add(item, batches::add);
    if (!packer.isEmpty()) batches.add(packer.take());
    return batches;
  }

  /** Adds {@code item} to the open request; every request this fills is handed to {@code full}. */
  public void add(T item, Consumer<List<T>> full) {
    BatchLimits now = limits.get();
    String s = text.apply(item);
    int c = BatchLimits.chars(s);
    int b = BatchLimits.bytes(s);
    boolean otherArticle = now.oneArticlePerRequest() && !open.isEmpty()
        && !article.apply(open.get(0)).equals(article.apply(item));
    if (!open.isEmpty() && (chars + c > now.maxChars() || bytes + b > now.maxBytes() || otherArticle)) full.accept(take());
    open.add(item);
    chars += c;
    bytes += b;
    if (open.size() >= now.maxItems()) full.accept(take());
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

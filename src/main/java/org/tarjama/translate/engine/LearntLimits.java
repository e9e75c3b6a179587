package org.tarjama.translate.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tarjama.translate.BackendException.BatchTooLarge;
import org.tarjama.translate.BackendException.BatchTooLarge.Measure;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;

/**
 * A run's batch limits: the backend's own, lowered for the rest of the run by what the server said it accepts.
 * The packer reads {@link #current()} for every request it fills; the retry stage {@link #learn learns} from a
 * refusal and splits the refused batch to fit.
 */
final class LearntLimits {

  private final EngineListener events;
  private volatile BatchLimits current;
  private final Map<String, Integer> learnt = new TreeMap<>();

  LearntLimits(BatchLimits start, EngineListener events) {
    this.current = start;
    this.events = events;
  }

  BatchLimits current() {
    return current;
  }

  /**
   * Lowers the limits after the server refused {@code batch} as too large, and returns the limits now in force. What
   * the server said counts first; when it gave only the numbers, the measure is the one of the batch that equals the
   * number it counted; when it said nothing usable, the batch's item count is halved.
   */
  BatchLimits learn(Batch batch, BatchTooLarge refusal) {
    Measure measure = refusal.measure().orElse(null);
    if (measure == null && refusal.counted().isPresent()) measure = counted(batch, refusal.counted().getAsInt());
    int value;
    if (measure != null && refusal.limit().isPresent()) {
      value = refusal.limit().getAsInt();
    } else {
      measure = Measure.ITEMS;
      value = Math.max(1, batch.size() / 2);
    }
    return lower(measure, value);
  }

  private synchronized BatchLimits lower(Measure measure, int value) {
    BatchLimits now = current;
    BatchLimits lowered = switch (measure) {
      case ITEMS -> new BatchLimits(Math.min(now.maxItems(), value), now.maxChars(), now.maxBytes(), now.maxItemChars(),
          now.oneArticlePerRequest());
      case CHARS -> new BatchLimits(now.maxItems(), Math.min(now.maxChars(), value), now.maxBytes(), now.maxItemChars(),
          now.oneArticlePerRequest());
      case BYTES -> new BatchLimits(now.maxItems(), now.maxChars(), Math.min(now.maxBytes(), value), now.maxItemChars(),
          now.oneArticlePerRequest());
      case ITEM_CHARS -> new BatchLimits(now.maxItems(), now.maxChars(), now.maxBytes(), Math.min(now.maxItemChars(), value),
          now.oneArticlePerRequest());
    };
    if (!lowered.equals(now)) {
      current = lowered;
      learnt.merge(measure.option(), value, Math::min);
      events.limitLearnt(measure.option(), learnt.get(measure.option()));
    }
    return lowered;
  }

  /** Which measure of {@code batch} the server's count {@code n} is, or null when none is. */
  private static Measure counted(Batch batch, int n) {
    if (n == batch.size()) return Measure.ITEMS;
    if (n == batch.characters()) return Measure.CHARS;
    List<TranslationItem> items = batch.items();
    if (n == items.stream().mapToLong(i -> BatchLimits.bytes(i.text())).sum()) return Measure.BYTES;
    if (items.stream().anyMatch(i -> BatchLimits.chars(i.text()) == n)) return Measure.ITEM_CHARS;
    return null;
  }
}

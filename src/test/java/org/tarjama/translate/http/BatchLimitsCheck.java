package org.tarjama.translate.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.BatchPacker;
import org.tarjama.translate.TranslationItem;

/**
 * Checks a backend's limits at each edge: a batch exactly at a limit fits in one request, one more item,
 * character or byte does not, and {@link BatchPacker} then splits it into batches that each fit.
 */
public final class BatchLimitsCheck {

  private static final String ARABIC_LETTER = "ب"; // 1 code point, 2 UTF-8 bytes
  private static final String LATIN_LETTER = "a";

  private BatchLimitsCheck() {
  }

  public static void assertSplitsAtEachLimit(BatchLimits limits) {
    if (limits.maxItems() <= 5000) {
      List<TranslationItem> atLimit = items(limits.maxItems(), 1, ARABIC_LETTER);
      assertTrue(limits.fits(atLimit), "a batch of exactly maxItems fits");
      assertSplit(limits, items(limits.maxItems() + 1, 1, ARABIC_LETTER), limits.maxItems());
    }
    if (limits.maxChars() != BatchLimits.UNLIMITED) {
      String letter = 2L * limits.maxChars() <= limits.maxBytes() ? ARABIC_LETTER : LATIN_LETTER;
      List<TranslationItem> atLimit = filling(limits, limits.maxChars(), letter);
      assertTrue(limits.fits(atLimit), "a batch of exactly maxChars fits");
      assertSplit(limits, grown(limits, atLimit, letter), atLimit.size());
    }
    if (limits.maxBytes() != BatchLimits.UNLIMITED) {
      List<TranslationItem> atLimit = filling(limits, limits.maxBytes() / 2, ARABIC_LETTER);
      if (limits.maxBytes() % 2 == 1) atLimit = grown(limits, atLimit, LATIN_LETTER);
      assertEquals(limits.maxBytes(), atLimit.stream().mapToInt(i -> BatchLimits.bytes(i.text())).sum());
      assertTrue(limits.fits(atLimit), "a batch of exactly maxBytes fits");
      assertSplit(limits, grown(limits, atLimit, LATIN_LETTER), atLimit.size());
    }
    if (limits.maxItemChars() != BatchLimits.UNLIMITED) {
      String longest = LATIN_LETTER.repeat(limits.maxItemChars());
      assertTrue(limits.fits(List.of(new TranslationItem("k", longest))), "an item of exactly maxItemChars fits");
      assertFalse(limits.fits(List.of(new TranslationItem("k", longest + LATIN_LETTER))),
          "an item over maxItemChars does not fit");
    }
  }

  private static void assertSplit(BatchLimits limits, List<TranslationItem> over, int firstBatchSize) {
    assertFalse(limits.fits(over), "one more than the limit does not fit");
    List<List<TranslationItem>> batches = BatchPacker.pack(over, limits);
    assertEquals(2, batches.size(), "split into two requests");
    assertEquals(firstBatchSize, batches.get(0).size());
    batches.forEach(b -> assertTrue(limits.fits(b), "each split batch fits"));
    assertEquals(over, batches.stream().flatMap(List::stream).toList(), "nothing lost or reordered");
  }

  /** Items of one letter, as few as the per-item limit allows, whose lengths sum to {@code total} letters. */
  private static List<TranslationItem> filling(BatchLimits limits, int total, String letter) {
    int per = Math.min(total, limits.maxItemChars());
    List<TranslationItem> out = new ArrayList<>();
    for (int left = total; left > 0; left -= per) {
      out.add(new TranslationItem("k" + out.size(), letter.repeat(Math.min(per, left))));
    }
    if (out.size() > limits.maxItems()) throw new IllegalStateException("limits too tight to test: " + limits);
    return out;
  }

  /** {@code batch} with one more letter, in an item of its own so no item grows past its own limit. */
  private static List<TranslationItem> grown(BatchLimits limits, List<TranslationItem> batch, String letter) {
    // the extra item must overflow the size, not the item count
    if (batch.size() + 1 > limits.maxItems()) throw new IllegalStateException("limits too tight to test: " + limits);
    List<TranslationItem> out = new ArrayList<>(batch);
    out.add(new TranslationItem("k" + out.size(), letter));
    return out;
  }

  private static List<TranslationItem> items(int n, int length, String letter) {
    List<TranslationItem> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(new TranslationItem("k" + i, letter.repeat(length)));
    return out;
  }
}

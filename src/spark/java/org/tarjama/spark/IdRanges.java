package org.tarjama.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.Partitioner;
import org.jspecify.annotations.Nullable;

/**
 * Partitions article ids by ranges fixed on the driver: partition p holds the ids from the first id of slice p up to
 * the next slice's first. So earlier pairs (keyed by article id) meet their articles without shuffling the articles.
 */
final class IdRanges extends Partitioner {

  /** The least id of each partition; null: above every id (an empty partition at the end). */
  private final @Nullable String[] lowers;

  private IdRanges(@Nullable String[] lowers) {
    this.lowers = lowers;
  }

  /** The ranges of {@code slices}, runs of entries in id order; an empty slice gets an empty range. */
  static IdRanges of(List<List<InputListing.Entry>> slices) {
    String[] lowers = new String[slices.size()];
    String next = null;
    for (int p = slices.size() - 1; p >= 0; p--) {
      if (!slices.get(p).isEmpty()) next = slices.get(p).get(0).id();
      lowers[p] = next;
    }
    if (lowers.length > 0) lowers[0] = "";
    return new IdRanges(lowers);
  }

  @Override
  public int numPartitions() {
    return lowers.length;
  }

  /** The last partition whose least id is at or below {@code key}. */
  @Override
  public int getPartition(Object key) {
    String id = (String) key;
    int low = 0;
    int high = lowers.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      String lower = lowers[mid];
      if (lower != null && lower.compareTo(id) <= 0) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdRanges r && Arrays.equals(lowers, r.lowers);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(lowers);
  }
}

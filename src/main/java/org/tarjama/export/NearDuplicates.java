package org.tarjama.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Near-duplicate search over kept segments from other documents. Shingles are the word pairs (bigrams) of the
 * {@link DedupKey}; candidates come from MinHash with locality-sensitive hashing ({@value #HASHES} hashes in
 * {@value #BANDS} bands of {@value #ROWS} rows: a pair at Jaccard 0.35 becomes a candidate with probability
 * 0.9998) and are confirmed on their exact Jaccard similarity, so the threshold holds without estimation noise.
 * Segments with fewer than {@value #MIN_SHINGLES} shingles are left to exact matching.
 */
final class NearDuplicates {

  static final int HASHES = 128;
  static final int BANDS = 64;
  static final int ROWS = HASHES / BANDS;
  static final int MIN_SHINGLES = 5;
  private static final long[] SEEDS = new SplittableRandom(0x7A72_6A61_6D61L).longs(HASHES).toArray();

  private final double threshold;
  private final List<Kept> kept = new ArrayList<>();
  private final Map<Long, List<Integer>> buckets = new HashMap<>();

  /** A kept segment: its id, document and sorted shingle hashes. */
  private record Kept(String id, String doc, long[] shingles) {
  }

  /** The kept segment a new one duplicates, and their Jaccard similarity. */
  record Match(String id, double jaccard) {
  }

  NearDuplicates(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1]: " + threshold);
    this.threshold = threshold;
  }

  /** The most similar kept segment of another document at or above the threshold, if any. */
  Optional<Match> find(String doc, long[] shingles) {
    if (shingles.length < MIN_SHINGLES) return Optional.empty();
    long[] bands = bands(shingles);
    @Nullable Match best = null;
    boolean[] seen = new boolean[kept.size()];
    for (long band : bands) {
      for (int index : buckets.getOrDefault(band, List.of())) {
        if (seen[index]) continue;
        seen[index] = true;
        Kept other = kept.get(index);
        if (other.doc().equals(doc)) continue;
        double jaccard = jaccard(shingles, other.shingles());
        if (jaccard >= threshold && (best == null || jaccard > best.jaccard())) best = new Match(other.id(), jaccard);
      }
    }
    return Optional.ofNullable(best);
  }

  void add(String id, String doc, long[] shingles) {
    if (shingles.length < MIN_SHINGLES) return;
    int index = kept.size();
    kept.add(new Kept(id, doc, shingles));
    for (long band : bands(shingles)) buckets.computeIfAbsent(band, b -> new ArrayList<>(1)).add(index);
  }

  /** Sorted, distinct hashes of the word bigrams of a dedup key. */
  static long[] shingles(String key) {
    String[] words = key.isEmpty() ? new String[0] : key.split(" ");
    long[] hashes = new long[Math.max(0, words.length - 1)];
    for (int i = 0; i + 1 < words.length; i++) hashes[i] = mix(hash(words[i]) * 31 + hash(words[i + 1]));
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  private static long[] bands(long[] shingles) {
    long[] signature = new long[HASHES];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int h = 0; h < HASHES; h++) signature[h] = Math.min(signature[h], mix(shingle ^ SEEDS[h]));
    }
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long band = b;
      for (int r = 0; r < ROWS; r++) band = mix(band * 0x9E37_79B9_7F4A_7C15L + signature[b * ROWS + r]);
      bands[b] = band;
    }
    return bands;
  }

  /** FNV-1a over the characters, 64 bits. */
  private static long hash(String word) {
    long h = 0xcbf2_9ce4_8422_2325L;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100_0000_01b3L;
    }
    return h;
  }

  /** SplitMix64's finaliser: spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58_476d_1ce4_e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d0_49bb_1331_11ebL;
    return z ^ (z >>> 31);
  }
}

package org.tarjama.clean;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Lines that repeat across many articles of one batch: a site's template (menus, slogans, footers). The
 * pipeline calls {@link #learn} once per article before cleaning any; the cleaner then asks {@link #verdict}.
 *
 * <p>Memory stays flat whatever the batch size: lines are counted by a 64-bit hash of their folded form in a
 * count-min sketch (conservative update) of fixed size, counting each line once per article. The sketch can
 * only over-count, and only by hash collisions, which are negligible at the default size and thresholds.
 *
 * <p>A sentence quoted by several outlets is not a template: sentence-like lines are only removed when they
 * are in at least {@link Rule#minArticlesForSentences()} articles; below that they are kept and flagged.
 */
public final class BatchTemplate {

  /**
   * When a line counts as template: it is in at least {@code minArticles} articles (never below 3) and in at
   * least {@code minShare} of the batch; a sentence-like line must also be in {@code minArticlesForSentences}.
   */
  public record Rule(int minArticles, double minShare, int minArticlesForSentences) {

    public Rule {
      if (minArticles < 3) throw new IllegalArgumentException("minArticles must be at least 3, got " + minArticles);
      if (minShare < 0 || minShare > 1) throw new IllegalArgumentException("minShare must be in [0, 1], got " + minShare);
      if (minArticlesForSentences < minArticles) {
        throw new IllegalArgumentException("minArticlesForSentences (" + minArticlesForSentences
            + ") must be at least minArticles (" + minArticles + ")");
      }
    }

    /** 5 articles and 0.5% of the batch; 100 articles for a sentence. */
    public static Rule defaults() {
      return new Rule(5, 0.005, 100);
    }
  }

  private static final int DEPTH = 4;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final int DEFAULT_WIDTH_BITS = 20;

  private final Rule rule;
  private final int[][] counts;
  private final int mask;
  private int articles;
  private @Nullable Map<Long, Integer> exact;

  private BatchTemplate(Rule rule, int widthBits) {
    this.rule = rule;
    this.counts = new int[DEPTH][1 << widthBits];
    this.mask = (1 << widthBits) - 1;
  }

  /** A template that has learnt nothing: no line is ever template. */
  public static BatchTemplate none() {
    return new BatchTemplate(Rule.defaults(), 0);
  }

  /** An empty template of the default size (4 × 2^20 counters, 16 MB) to be fed with {@link #learn}. */
  public static BatchTemplate learning(Rule rule) {
    return new BatchTemplate(rule, DEFAULT_WIDTH_BITS);
  }

  /**
   * A template from exact counts made elsewhere (a distributed count of {@link #lineHashes} over {@code articles}
   * articles); lines counted fewer than {@link Rule#minArticles()} times may be left out.
   */
  public static BatchTemplate counted(Rule rule, int articles, Map<Long, Integer> counts) {
    BatchTemplate template = new BatchTemplate(rule, 0);
    template.articles = articles;
    template.exact = Map.copyOf(counts);
    return template;
  }

  /** The hashes of one article's distinct lines, as {@link #learn} counts them. */
  public static Set<Long> lineHashes(String articleText) {
    TextNormalizer normalizer = new TextNormalizer();
    Set<Long> seen = new HashSet<>();
    SourceLines lines = SourceLines.of(articleText);
    char[] chars = lines.chars();
    char[] key = new char[64];
    for (int i = 0; i < lines.size(); i++) {
      int from = lines.start(i);
      int to = lines.end(i);
      if (TextNormalizer.alreadyNormal(chars, from, to)) {
        // most lines: folded and hashed in the article's chars, no string made
        if (key.length < to - from) key = new char[Math.max(to - from, 2 * key.length)];
        int length = LineKey.simpleFold(chars, from, to, key);
        if (length >= 0) {
          int start = LineKey.bareStart(key, length);
          seen.add(hash(key, start, LineKey.bareEnd(key, start, length)));
        } else {
          seen.add(hash(LineKey.bare(lines.get(i))));
        }
        continue;
      }
      String line = normalizer.normalizeFully(lines.get(i));
      if (!line.isEmpty()) seen.add(hash(LineKey.bare(line)));
    }
    return seen;
  }

  /** Counts the lines of one article's raw text (each distinct line once). */
  public synchronized void learn(String articleText) {
    if (mask == 0) throw new IllegalStateException("BatchTemplate.none() cannot learn; use BatchTemplate.learning(rule)");
    articles++;
    for (long hash : lineHashes(articleText)) add(hash);
  }

  public synchronized int articles() {
    return articles;
  }

  /** How many learnt articles hold {@code line} (normalised); may over-count on a hash collision. */
  public int count(String line) {
    return countKey(LineKey.bare(line));
  }

  /** As {@link #count}, for a line's {@link LineKey#bare} key. */
  private synchronized int countKey(String key) {
    if (exact != null) return exact.getOrDefault(hash(key), 0);
    if (mask == 0) return 0;
    long hash = hash(key);
    int min = Integer.MAX_VALUE;
    for (int row = 0; row < DEPTH; row++) min = Math.min(min, counts[row][index(hash, row)]);
    return min;
  }

  /** The verdict on a normalised line by its {@link LineKey#bare} key: remove (with a reason), flag (with a reason), or nothing. */
  @Nullable Verdict verdict(String key, boolean sentenceLike) {
    if (mask == 0 && exact == null) return null;
    int count = countKey(key);
    int batch = articles();
    int threshold = Math.max(rule.minArticles(), (int) Math.ceil(rule.minShare() * batch));
    if (count < threshold) return null;
    String seen = "in " + count + " of " + batch + " articles of this batch";
    if (!sentenceLike || count >= Math.max(threshold, rule.minArticlesForSentences())) {
      return new Verdict(true, RemovalKind.TEMPLATE.reason("the site's template, " + seen));
    }
    return new Verdict(false, "a sentence found " + seen + ": quoted by several outlets or a template; kept");
  }

  /** Remove the line, or keep and flag it; with the reason. */
  record Verdict(boolean remove, String reason) {
  }

  private void add(long hash) {
    int min = Integer.MAX_VALUE;
    for (int row = 0; row < DEPTH; row++) min = Math.min(min, counts[row][index(hash, row)]);
    for (int row = 0; row < DEPTH; row++) {
      int i = index(hash, row);
      if (counts[row][i] == min) counts[row][i] = min + 1;
    }
  }

  private int index(long hash, int row) {
    int h1 = (int) hash;
    int h2 = (int) (hash >>> 32) | 1;
    return (h1 + row * h2) & mask;
  }

  /** FNV-1a over the chars, then the SplitMix64 finaliser to spread the bits. */
  static long hash(String key) {
    long h = FNV_OFFSET;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= FNV_PRIME;
    }
    return spread(h);
  }

  /** {@link #hash(String)} of {@code new String(key, from, to - from)}. */
  private static long hash(char[] key, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h ^= key[i];
      h *= FNV_PRIME;
    }
    return spread(h);
  }

  private static long spread(long hash) {
    long h = hash;
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133eb111L;
    return h ^ (h >>> 31);
  }
}

package org.tarjama.segment;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Span;

/**
 * Cuts a sentence longer than a limit (for backends with per-item limits) at its best clause boundaries:
 * after ؛ first, then after ، before a clause opened by و / ف / ثم, then after any comma, then at a space.
 * Pieces are kept near even lengths and not shorter than a quarter of the limit when a boundary allows.
 */
public final class ClauseCutter {

  private static final int SEMICOLON = 4;
  private static final int COMMA_BEFORE_CLAUSE = 3;
  private static final int COMMA = 2;
  private static final int SPACE = 1;

  private final int maxChars;

  public ClauseCutter(int maxChars) {
    if (maxChars < 1) throw new IllegalArgumentException("maxChars must be at least 1, got " + maxChars);
    this.maxChars = maxChars;
  }

  public Sentence cut(String text, Span sentence) {
    if (sentence.length() <= maxChars) return Sentence.whole(sentence);
    List<Span> pieces = new ArrayList<>();
    int start = sentence.start();
    while (sentence.end() - start > maxChars) {
      int cut = bestCut(text, start, sentence.end());
      pieces.add(new Span(start, cut).trim(text));
      start = cut;
      while (start < sentence.end() && Chars.space(text.charAt(start))) start++;
    }
    if (start < sentence.end()) pieces.add(new Span(start, sentence.end()));
    return pieces.size() < 2 ? Sentence.whole(sentence) : new Sentence(sentence, pieces);
  }

  /**
   * The end of the next piece. With k pieces still needed, the cut must leave at most (k-1) full pieces
   * after it; within that window the best kind of boundary wins, and among equals the one nearest an even
   * split. When the window holds no boundary, one more piece is allowed.
   */
  private int bestCut(String text, int start, int end) {
    int length = end - start;
    int hi = Math.min(end - 1, start + maxChars);
    for (int pieces = (length + maxChars - 1) / maxChars; pieces <= length; pieces++) {
      int lo = Math.max(start + Math.max(1, maxChars / 4), end - (pieces - 1) * maxChars);
      int best = best(text, lo, hi, end, start + length / pieces);
      if (best > 0) return best;
      if (lo <= start + Math.max(1, maxChars / 4)) break;
    }
    int best = best(text, start + 1, hi, end, hi);
    if (best > 0) return best;
    int hard = start + maxChars;
    return Character.isLowSurrogate(text.charAt(hard)) ? hard - 1 : hard;
  }

  private static int best(String text, int from, int to, int end, int target) {
    int best = -1;
    int bestRank = 0;
    for (int i = from; i <= to; i++) {
      int rank = rank(text, i, end);
      if (rank > bestRank || rank > 0 && rank == bestRank && Math.abs(i - target) < Math.abs(best - target)) {
        best = i;
        bestRank = rank;
      }
    }
    return best;
  }

  /** How good a cut just before {@code i} is (0 = not a boundary). */
  private static int rank(String text, int i, int end) {
    char before = text.charAt(i - 1);
    if (!Chars.space(text.charAt(i)) || Chars.space(before)) return 0;
    if (before == '؛' || before == ';') return SEMICOLON;
    if (before == '،' || before == ',') return opensClause(text, i + 1, end) ? COMMA_BEFORE_CLAUSE : COMMA;
    return SPACE;
  }

  private static boolean opensClause(String text, int from, int end) {
    if (from >= end) return false;
    char c = text.charAt(from);
    if (c == 'و' || c == 'ف') return true;
    return text.startsWith("ثم", from) && (from + 2 == end || Chars.space(text.charAt(from + 2)));
  }
}

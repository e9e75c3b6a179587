package org.tarjama.segment;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Span;

/**
 * Cuts a sentence longer than a limit (for backends with per-item limits) at its best clause boundaries:
 * after ؛ first, then after ، before a clause opened by و / ف / ثم, then after any comma, then at a space.
 * Pieces shorter than a third of the limit are avoided when a later boundary fits.
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

  /** The end of the next piece: the last boundary of the best kind within the limit, not too short if possible. */
  private int bestCut(String text, int start, int end) {
    int limit = Math.min(end - 1, start + maxChars);
    int best = lastOfBestRank(text, Math.max(start + 1, start + maxChars / 3), limit, end);
    if (best < 0) best = lastOfBestRank(text, start + 1, limit, end);
    if (best > 0) return best;
    int hard = start + maxChars;
    return Character.isLowSurrogate(text.charAt(hard)) ? hard - 1 : hard;
  }

  private static int lastOfBestRank(String text, int from, int to, int end) {
    int best = -1;
    int bestRank = 0;
    for (int i = from; i <= to; i++) {
      int rank = rank(text, i, end);
      if (rank > 0 && rank >= bestRank) {
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

package org.tarjama.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tarjama.model.Span;

/**
 * Splits Arabic news paragraphs into sentences following {@code shared/arabic.md}: one pass proposes every
 * run of . ! ? ؟ ۔ … (with the closing quotes and brackets after it) that stands before white space or the
 * end, and small rules decide each one. No regular expressions, so the cost is linear in the paragraph.
 */
public final class ArabicSegmenter implements Segmenter {

  /** Quotations and brackets up to this length are kept whole even when they hold a full stop. */
  public static final int DEFAULT_MAX_QUOTE = 300;
  private static final int[] NONE = {};

  private final FullStopRule fullStop;
  private final int maxQuote;

  public ArabicSegmenter() {
    this(Abbreviations.builtIn(), DEFAULT_MAX_QUOTE);
  }

  public ArabicSegmenter(Abbreviations abbreviations, int maxQuote) {
    if (maxQuote < 0) throw new IllegalArgumentException("maxQuote must be >= 0, got " + maxQuote);
    this.fullStop = new FullStopRule(abbreviations);
    this.maxQuote = maxQuote;
  }

  @Override
  public List<Span> split(String text) {
    int n = text.length();
    QuoteTracker quotes = new QuoteTracker(text);
    int[] ends = NONE;
    int[] inside = NONE;
    int found = 0;
    int sentenceStart = 0;
    int lastListNumber = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      byte kind = Chars.kind(c);
      if (kind != Chars.TERMINAL) {
        if (kind == Chars.QUOTE) quotes.see(i, c);
        i++;
        continue;
      }
      int run = i;
      boolean strong = false;
      int stops = 0;
      int j = i;
      for (; j < n; j++) {
        char d = text.charAt(j);
        if (Chars.terminal(d)) {
          strong |= Chars.strong(d);
          stops += d == '.' ? 1 : 2;
        } else if (Chars.closer(d)) {
          quotes.see(j, d);
        } else {
          break;
        }
      }
      j = strayCloser(text, j, quotes);
      i = j;
      if (j == n || !Chars.space(text.charAt(j)) || continuesAfter(text, j)) continue;
      if (strong) {
        if (run > 0 && (text.charAt(run - 1) == '(' || text.charAt(run - 1) == '[')) continue;
      } else if (stops > 1) {
        continue;
      } else {
        FullStopRule.Verdict verdict = fullStop.judge(text, run, sentenceStart, lastListNumber);
        if (verdict == FullStopRule.Verdict.LIST_ITEM) lastListNumber++;
        if (verdict != FullStopRule.Verdict.END) continue;
      }
      if (found == ends.length) {
        ends = Arrays.copyOf(ends, Math.max(8, found * 2));
        inside = Arrays.copyOf(inside, ends.length);
      }
      ends[found] = j;
      inside[found++] = quotes.innermost();
      sentenceStart = j;
    }
    return spans(text, quotes, ends, inside, found);
  }

  /** A closing quote or bracket set off by a space ("البلدين. »") still belongs to the sentence before. */
  private static int strayCloser(String text, int j, QuoteTracker quotes) {
    int k = j;
    while (k < text.length() && Chars.space(text.charAt(k))) k++;
    if (k == j || k == text.length() || !Chars.closer(text.charAt(k))) return j;
    if (k + 1 < text.length() && !Chars.space(text.charAt(k + 1))) return j;
    quotes.see(k, text.charAt(k));
    return k + 1;
  }

  /** Lower-case Latin or a comma after the space means the sentence goes on (e.g. "Dr. smith", "ق. م ،"). */
  private static boolean continuesAfter(String text, int j) {
    int k = j;
    while (k < text.length() && Chars.space(text.charAt(k))) k++;
    if (k == text.length()) return false;
    char next = text.charAt(k);
    return Chars.continuing(next) || next < 'ɐ' && Character.isLowerCase(next);
  }

  private List<Span> spans(String text, QuoteTracker quotes, int[] ends, int[] inside, int found) {
    if (found == 0) return whole(text);
    List<Span> spans = new ArrayList<>(found + 1);
    int start = 0;
    for (int k = 0; k < found; k++) {
      if (inside[k] >= 0 && quotes.closesWithin(inside[k], maxQuote)) continue;
      add(spans, text, start, ends[k]);
      start = ends[k];
    }
    add(spans, text, start, text.length());
    return spans;
  }

  /** Most paragraphs are one sentence: no list to grow. */
  private static List<Span> whole(String text) {
    int s = 0;
    int e = text.length();
    while (s < e && Chars.space(text.charAt(s))) s++;
    while (e > s && Chars.space(text.charAt(e - 1))) e--;
    return s == e ? List.of() : List.of(new Span(s, e));
  }

  private static void add(List<Span> spans, String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Chars.space(text.charAt(s))) s++;
    while (e > s && Chars.space(text.charAt(e - 1))) e--;
    if (s < e) spans.add(new Span(s, e));
  }
}

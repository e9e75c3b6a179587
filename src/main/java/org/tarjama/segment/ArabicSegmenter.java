package org.tarjama.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tarjama.model.Span;

/**
 * Splits Arabic news paragraphs into sentences following {@code shared/arabic.md}: one pass proposes every
 * run of . ! ? ؟ ۔ … (with the closing quotes and brackets after it) that stands before white space or the
 * end, and small rules decide each one. No regular expressions, so the cost is linear in the paragraph.
 * Instances are immutable and safe to share between threads.
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
  public List<Span> split(String paragraph) {
    return new Scan(paragraph).run();
  }

  /** One pass over one paragraph: the candidate ends it accepted, and the quotations it has seen. */
  private final class Scan {

    private final String text;
    // the scan reads every char: from an array, since until the JIT has compiled it each charAt is several calls
    private final char[] chars;
    private final QuoteTracker quotes;
    private int[] ends = NONE;
    private int[] inside = NONE;
    private int found;
    private int sentenceStart;
    private int lastListNumber;

    Scan(String text) {
      this.text = text;
      this.chars = text.toCharArray();
      this.quotes = new QuoteTracker(text);
    }

    List<Span> run() {
      int n = chars.length;
      int i = Chars.nextMark(chars, 0);
      while (i < n) {
        char c = chars[i];
        if (Chars.kind(c) == Chars.TERMINAL) {
          i = group(i);
        } else {
          quotes.see(i, c);
          i++;
        }
        i = Chars.nextMark(chars, i);
      }
      return spans();
    }

    /** Reads the run of end marks and closers starting at {@code run}, decides it, and returns where it stops. */
    private int group(int run) {
      boolean strong = false;
      int stops = 0;
      int j = run;
      for (; j < chars.length; j++) {
        char d = chars[j];
        if (Chars.terminal(d)) {
          strong |= Chars.strong(d);
          stops += d == '.' ? 1 : 2;
        } else if (Chars.closer(d)) {
          quotes.see(j, d);
        } else {
          break;
        }
      }
      j = strayCloser(j);
      if (endsSentence(run, j, strong, stops)) accept(j);
      return j;
    }

    private boolean endsSentence(int run, int end, boolean strong, int stops) {
      if (end == text.length() || !Chars.space(text.charAt(end)) || continuesAfter(end)) return false;
      if (strong) return !aside(run);
      if (stops > 1) return false; // an ellipsis or the headline separator ".." goes on
      FullStopRule.Verdict verdict = fullStop.judge(text, run, sentenceStart, lastListNumber);
      if (verdict == FullStopRule.Verdict.LIST_ITEM) lastListNumber++;
      return verdict == FullStopRule.Verdict.END;
    }

    /** {@code (!)} and {@code (؟)}: a mark opened by a bracket is a comment inside the sentence. */
    private boolean aside(int run) {
      return run > 0 && (text.charAt(run - 1) == '(' || text.charAt(run - 1) == '[');
    }

    /** A closing quote or bracket set off by a space ("البلدين. »") still belongs to the sentence before. */
    private int strayCloser(int j) {
      int k = skipSpaces(j);
      if (k == j || k == text.length() || !Chars.closer(text.charAt(k))) return j;
      if (k + 1 < text.length() && !Chars.space(text.charAt(k + 1))) return j;
      quotes.see(k, text.charAt(k));
      return k + 1;
    }

    /** Lower-case Latin or a comma after the space means the sentence goes on ("5 p.m. and", "ق.م ،"). */
    private boolean continuesAfter(int j) {
      int k = skipSpaces(j);
      if (k == text.length()) return false;
      char next = text.charAt(k);
      return Chars.continuing(next) || next < 'ɐ' && Character.isLowerCase(next);
    }

    private int skipSpaces(int j) {
      int k = j;
      while (k < text.length() && Chars.space(text.charAt(k))) k++;
      return k;
    }

    private void accept(int end) {
      if (found == ends.length) {
        ends = Arrays.copyOf(ends, Math.max(8, found * 2));
        inside = Arrays.copyOf(inside, ends.length);
      }
      ends[found] = end;
      inside[found++] = quotes.innermost();
      sentenceStart = end;
    }

    /** The sentences, leaving out ends inside a quotation or bracket that closes soon enough. */
    private List<Span> spans() {
      if (found == 0) {
        Span whole = trimmed(0, text.length());
        return whole == null ? List.of() : List.of(whole);
      }
      List<Span> spans = new ArrayList<>(found + 1);
      int start = 0;
      for (int k = 0; k < found; k++) {
        if (inside[k] >= 0 && quotes.closesWithin(inside[k], maxQuote)) continue;
        add(spans, start, ends[k]);
        start = ends[k];
      }
      add(spans, start, text.length());
      return spans;
    }

    private void add(List<Span> spans, int start, int end) {
      Span span = trimmed(start, end);
      if (span != null) spans.add(span);
    }

    private @Nullable Span trimmed(int start, int end) {
      int s = start;
      int e = end;
      while (s < e && Chars.space(text.charAt(s))) s++;
      while (e > s && Chars.space(text.charAt(e - 1))) e--;
      return s < e ? new Span(s, e) : null;
    }
  }
}

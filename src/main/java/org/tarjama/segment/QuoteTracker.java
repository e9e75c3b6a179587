package org.tarjama.segment;

import java.util.Arrays;

/**
 * Pairs quotes and brackets while the segmenter scans, so that a sentence end inside a short quotation
 * («... البلدين. ونحن ...») or bracket can be ignored once the closing mark is known to follow.
 */
final class QuoteTracker {

  private static final int GUILLEMET = 1;
  private static final int CURLY = 2;
  private static final int STRAIGHT = 3;
  private static final int ROUND = 4;
  private static final int SQUARE = 5;
  private static final int[] EMPTY = {};

  private final String text;
  private int[] stack = EMPTY;
  private int depth;
  private int[] open = EMPTY;
  private int[] close = EMPTY;
  private int[] kind = EMPTY;
  private int[] parent = EMPTY;
  private int count;

  QuoteTracker(String text) {
    this.text = text;
  }

  /** Notes the character at {@code i} if it opens or closes a quotation or bracket. */
  void see(int i, char c) {
    switch (c) {
      case '«' -> push(i, GUILLEMET);
      case '»' -> pop(i, GUILLEMET);
      case '“' -> push(i, CURLY);
      case '”' -> ambiguous(i, CURLY);
      case '"' -> ambiguous(i, STRAIGHT);
      case '(' -> push(i, ROUND);
      case ')' -> pop(i, ROUND);
      case '[' -> push(i, SQUARE);
      case ']' -> pop(i, SQUARE);
      default -> {
      }
    }
  }

  /** The innermost quotation open at this point of the scan, or -1. */
  int innermost() {
    return depth == 0 ? -1 : stack[depth - 1];
  }

  /** Whether quotation {@code id} or one around it closes within {@code maxChars} of its opening. */
  boolean closesWithin(int id, int maxChars) {
    for (int q = id; q >= 0; q = parent[q]) {
      if (close[q] >= 0 && close[q] - open[q] <= maxChars) return true;
    }
    return false;
  }

  /** A straight quote (or ” used both ways) opens after a space and closes after a word. */
  private void ambiguous(int i, int k) {
    boolean afterSpace = i == 0 || Chars.space(text.charAt(i - 1)) || text.charAt(i - 1) == ':'
        || Chars.opener(text.charAt(i - 1));
    boolean beforeSpace = i + 1 == text.length() || Chars.space(text.charAt(i + 1));
    if (!afterSpace && isOpen(k)) {
      pop(i, k);
    } else if (afterSpace && !beforeSpace) {
      push(i, k);
    } else if (isOpen(k)) {
      pop(i, k);
    }
  }

  private boolean isOpen(int k) {
    for (int d = depth - 1; d >= 0; d--) {
      if (kind[stack[d]] == k) return true;
    }
    return false;
  }

  private void push(int i, int k) {
    if (count == open.length) grow();
    open[count] = i;
    close[count] = -1;
    kind[count] = k;
    parent[count] = innermost();
    if (depth == stack.length) stack = Arrays.copyOf(stack, Math.max(4, depth * 2));
    stack[depth++] = count++;
  }

  private void pop(int i, int k) {
    for (int d = depth - 1; d >= 0; d--) {
      if (kind[stack[d]] == k) {
        close[stack[d]] = i;
        depth = d;
        return;
      }
    }
  }

  private void grow() {
    int size = Math.max(8, open.length * 2);
    open = Arrays.copyOf(open, size);
    close = Arrays.copyOf(close, size);
    kind = Arrays.copyOf(kind, size);
    parent = Arrays.copyOf(parent, size);
  }
}

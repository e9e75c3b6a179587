package org.tarjama.clean;

import java.util.Arrays;

/**
 * An article's lines as {@code text.split("\\R", -1)} gives them, found without a regex, with the article's chars
 * in one array so the per-line checks read them from it rather than through {@link String#charAt}.
 */
final class SourceLines {

  private final String text;
  private final char[] chars;
  private int[] bounds = new int[32];
  private int count;

  private SourceLines(String text) {
    this.text = text;
    this.chars = text.toCharArray();
  }

  /** The lines between line breaks ({@code \r\n}, or one of {@code \n \u000B \f \r \u0085 \u2028 \u2029}), empty ones too. */
  static SourceLines of(String text) {
    SourceLines lines = new SourceLines(text);
    char[] chars = lines.chars;
    int start = 0;
    int n = chars.length;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c <= '\r' ? c >= '\n' : c == '\u0085' || c == '\u2028' || c == '\u2029') {
        lines.add(start, i);
        if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') i++;
        start = i + 1;
      }
    }
    lines.add(start, n);
    return lines;
  }

  private void add(int start, int end) {
    if (2 * count == bounds.length) bounds = Arrays.copyOf(bounds, bounds.length * 2);
    bounds[2 * count] = start;
    bounds[2 * count + 1] = end;
    count++;
  }

  int size() {
    return count;
  }

  String get(int i) {
    return text.substring(start(i), end(i));
  }

  char[] chars() {
    return chars;
  }

  int start(int i) {
    return bounds[2 * i];
  }

  int end(int i) {
    return bounds[2 * i + 1];
  }
}

package org.tarjama.clean;

import java.util.ArrayList;
import java.util.List;

/** An article's lines as {@code text.split("\\R", -1)} gives them, without a regex: a cleaner splits every article. */
final class SourceLines {

  private SourceLines() {
  }

  /** The lines between line breaks ({@code \r\n}, or one of {@code \n \u000B \f \r \u0085 \u2028 \u2029}), empty ones too. */
  static List<String> of(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c <= '\r' ? c >= '\n' : c == '\u0085' || c == '\u2028' || c == '\u2029') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }
}

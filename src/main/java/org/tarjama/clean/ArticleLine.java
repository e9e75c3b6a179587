package org.tarjama.clean;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tarjama.model.Removal;

/** One source line while an article is being cleaned: its normalised text and, once decided, why it goes. */
final class ArticleLine {

  final int number;
  String text;
  @Nullable String removal;
  @Nullable String flag;
  BoilerplatePhrases.@Nullable Match phrase;
  /** Pieces cut out of the line while the rest stays (a photo name glued to a sentence). */
  final List<Removal> fragments = new ArrayList<>();

  ArticleLine(int number, String text) {
    this.number = number;
    this.text = text;
  }

  boolean kept() {
    return removal == null && !text.isEmpty();
  }

  boolean blank() {
    return text.isEmpty();
  }

  void remove(String reason) {
    if (removal == null) removal = reason;
  }

  void flag(String reason) {
    if (flag == null) flag = reason;
  }

  /** Cuts {@code [from, to)} out of the text, recording it with {@code reason}; the rest of the line stays. */
  void cut(int from, int to, String reason) {
    fragments.add(new Removal(number, text.substring(from, to).strip(), reason));
    text = (text.substring(0, from) + " " + text.substring(to)).replaceAll(" {2,}", " ").strip();
  }

  String key() {
    return LineKey.bare(text);
  }

  int words() {
    return LineKey.words(text);
  }

  /** A line of running text: long, or of some length and ending like a sentence. */
  boolean sentenceLike() {
    int words = words();
    return words >= 12 || words >= 5 && endsLikeSentence();
  }

  boolean endsLikeSentence() {
    int i = text.length() - 1;
    while (i >= 0 && "\"'»”’)]".indexOf(text.charAt(i)) >= 0) i--;
    return i >= 0 && ".!?؟۔…".indexOf(text.charAt(i)) >= 0;
  }
}

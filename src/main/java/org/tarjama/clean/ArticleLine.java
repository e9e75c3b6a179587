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
  // every rule asks for the folded forms of the same text: computed once per text (a cut makes a new text)
  private @Nullable String formsOf;
  private @Nullable String folded;
  private @Nullable String key;
  private int words = -1;

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

  /** The folded text ({@link LineKey#of}). */
  String folded() {
    forms();
    if (folded == null) folded = LineKey.of(text);
    return folded;
  }

  /** The folded text without punctuation at its ends ({@link LineKey#bare}). */
  String key() {
    forms();
    if (key == null) key = LineKey.bareOf(folded());
    return key;
  }

  int words() {
    forms();
    if (words < 0) words = LineKey.words(text);
    return words;
  }

  private void forms() {
    if (formsOf == text) return;
    formsOf = text;
    folded = null;
    key = null;
    words = -1;
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

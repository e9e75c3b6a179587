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
  private boolean asciiLetter;
  private boolean titleSeparator;

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
    scan();
    return words;
  }

  /** Whether the line holds an ASCII letter (every photo or file name does). */
  boolean hasAsciiLetter() {
    scan();
    return asciiLetter;
  }

  /** Whether a space stands before a char a page-title separator ({@code " – "}, {@code " | "}, ...) starts with. */
  boolean maySeparateTitle() {
    scan();
    return titleSeparator;
  }

  /** Words ({@link LineKey#words}), ASCII letters and title separators, found in one pass over the text. */
  private void scan() {
    forms();
    if (words >= 0) return;
    char[] chars = text.toCharArray();
    int count = 0;
    boolean counted = false;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == ' ') {
        counted = false;
        if (i + 1 < chars.length && "–—|»«-:".indexOf(chars[i + 1]) >= 0) titleSeparator = true;
      } else {
        if (!counted && LineKey.isLetterOrDigit(c)) {
          count++;
          counted = true;
        }
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') asciiLetter = true;
      }
    }
    words = count;
  }

  private void forms() {
    if (formsOf == text) return;
    formsOf = text;
    folded = null;
    key = null;
    words = -1;
    asciiLetter = false;
    titleSeparator = false;
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

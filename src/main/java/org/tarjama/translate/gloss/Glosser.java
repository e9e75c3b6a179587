package org.tarjama.translate.gloss;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns Arabic text into a word-by-word English gloss. Each run of Arabic letters (with its harakat and tatweel)
 * is glossed by the {@link Lexicon}; Arabic punctuation and digits become their Latin counterparts
 * (، ؛ ؟ → , ; ?, ٣ → 3); everything else, spaces, Latin text and quotes included, passes through unchanged.
 */
final class Glosser {

  private final Lexicon lexicon;

  Glosser(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  String gloss(String text) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    scan(text, word -> out.append(lexicon.gloss(word).english()), out::append);
    return out.toString();
  }

  /** The glosses of the Arabic words of {@code text}, in order. */
  List<WordGloss> words(String text) {
    List<WordGloss> words = new ArrayList<>();
    scan(text, word -> words.add(lexicon.gloss(word)), other -> { });
    return words;
  }

  private static void scan(String text, Consumer<String> onWord, Consumer<String> onOther) {
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWordPart(cp)) {
        int start = i;
        boolean letters = false;
        while (i < text.length() && isWordPart(text.codePointAt(i))) {
          letters |= isArabicLetter(text.codePointAt(i));
          i += Character.charCount(text.codePointAt(i));
        }
        // A run of harakat or tatweel alone carries no word and is dropped.
        if (letters) onWord.accept(text.substring(start, i));
        continue;
      }
      onOther.accept(latin(cp));
      i += Character.charCount(cp);
    }
  }

  static boolean isArabicLetter(int cp) {
    return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC && cp != 0x0640;
  }

  private static boolean isWordPart(int cp) {
    return isArabicLetter(cp) || cp == 0x0640
        || (Character.getType(cp) == Character.NON_SPACING_MARK && isArabicMark(cp));
  }

  private static boolean isArabicMark(int cp) {
    return (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670
        || (cp >= 0x06D6 && cp <= 0x06ED) || (cp >= 0x08D3 && cp <= 0x08FF) || (cp >= 0xFE70 && cp <= 0xFE7F);
  }

  /** Arabic punctuation, digits and signs as their Latin counterparts; anything else unchanged. */
  static String latin(int cp) {
    if (cp >= 0x0660 && cp <= 0x0669) return String.valueOf((char) ('0' + cp - 0x0660));
    if (cp >= 0x06F0 && cp <= 0x06F9) return String.valueOf((char) ('0' + cp - 0x06F0));
    return switch (cp) {
      case 0x060C -> ",";      // ، comma
      case 0x061B -> ";";      // ؛ semicolon
      case 0x061F -> "?";      // ؟ question mark
      case 0x066A -> "%";      // ٪ percent
      case 0x066B -> ".";      // ٫ decimal separator
      case 0x066C -> ",";      // ٬ thousands separator
      case 0x066D -> "*";      // ٭ five-pointed star
      case 0x06D4 -> ".";      // ۔ full stop
      case 0x061E -> "...";    // ؞ triple dot
      case 0x060D -> ",";      // ؍ date separator
      case 0x060B -> " afghani";
      case 0xFDFC -> " rial";
      // Other Arabic-script signs are ornaments (۞ ۩) or Quranic marks: the gloss has no English for them.
      default -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC ? "" : new String(Character.toChars(cp));
    };
  }
}

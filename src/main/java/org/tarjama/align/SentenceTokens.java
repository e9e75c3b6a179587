package org.tarjama.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens by which a translation and an English sentence are compared: content words, stemmed
 * ({@code w:govern}); numbers with their digits only, any script ({@code #1037} for {@code 103,7}, {@code ١٠٣٫٧}
 * and {@code 103.7}); and names by their consonants ({@code ~krslmn}), so that a name the gloss backend left
 * romanised ({@code ⟨kwry⟩}) meets its English spelling ({@code Kori}).
 */
final class SentenceTokens {

  private static final Set<String> FUNCTION_WORDS = load("english-function-words.txt");
  private static final int STEM_LENGTH = 5;

  private SentenceTokens() {
  }

  /**
   * The tokens of a sentence, and how many of them are words of their own: the rest only offer another way to
   * match (a capitalised English word as a name; a romanised name without its Arabic article).
   */
  record Tokens(List<String> all, int size) {
  }

  /** Tokens of a machine translation: its words, names it left romanised in ⟨…⟩, and the numbers of its Arabic source. */
  static Tokens ofTranslation(String translation, String arabic) {
    Collector tokens = new Collector();
    scan(translation, tokens, true, false);
    scan(arabic, tokens, false, false);
    return tokens.done();
  }

  /** Tokens of an English sentence; every capitalised word also gives a name token, since it may be one. */
  static Tokens ofEnglish(String english) {
    Collector tokens = new Collector();
    scan(english, tokens, true, true);
    return tokens.done();
  }

  private static final class Collector {
    private final List<String> all = new ArrayList<>();
    private int size;

    void add(String token) {
      all.add(token);
      size++;
    }

    void alternative(String token) {
      all.add(token);
    }

    Tokens done() {
      return new Tokens(all, size);
    }
  }

  private static void scan(String text, Collector tokens, boolean words, boolean english) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (digit(c) >= 0) {
        StringBuilder digits = new StringBuilder();
        while (i < n && (digit(text.charAt(i)) >= 0 || separatorInNumber(text, i))) {
          int d = digit(text.charAt(i));
          if (d >= 0) digits.append((char) ('0' + d));
          i++;
        }
        if (!words || english) tokens.add("#" + digits);
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || Character.getType(text.charAt(i))
            == Character.NON_SPACING_MARK)) {
          i++;
        }
        if (!words) continue;
        String word = text.substring(start, i);
        if (word.endsWith("'s")) word = word.substring(0, word.length() - 2);
        boolean romanised = start > 0 && text.charAt(start - 1) == '⟨';
        if (romanised) {
          romanised(word, tokens);
          continue;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (FUNCTION_WORDS.contains(lower) || lower.length() < 2) continue;
        if (Character.UnicodeScript.of(word.codePointAt(0)) != Character.UnicodeScript.LATIN) continue;
        tokens.add("w:" + stem(lower));
        if (english && Character.isUpperCase(c)) {
          String skeleton = skeleton(word);
          if (skeleton.length() >= 2) tokens.alternative("~" + skeleton);
        }
      } else {
        i++;
      }
    }
  }

  /**
   * A romanised name, and the same without a leading Arabic article or preposition the dictionary lookup left on
   * it ({@code lawbama}: {@code ~lbm}, {@code ~bm}); only the first counts in the sentence's size.
   */
  private static void romanised(String word, Collector tokens) {
    String skeleton = skeleton(word);
    if (skeleton.length() < 2) return;
    tokens.add("~" + skeleton);
    for (String prefix : new String[] {"al", "wal", "bal", "fal", "kal", "lal", "la", "li", "bi", "wa", "w", "b", "l"}) {
      if (word.startsWith(prefix) && word.length() - prefix.length() >= 3) {
        String rest = skeleton(word.substring(prefix.length()));
        if (rest.length() >= 2 && !rest.equals(skeleton)) tokens.alternative("~" + rest);
        break;
      }
    }
  }

  /** A comma, point or Arabic separator between two digits belongs to the number. */
  private static boolean separatorInNumber(String text, int i) {
    char c = text.charAt(i);
    boolean separator = c == ',' || c == '.' || c == '٫' || c == '٬';
    return separator && i > 0 && i + 1 < text.length() && digit(text.charAt(i - 1)) >= 0 && digit(text.charAt(i + 1)) >= 0;
  }

  /** The value of a decimal digit of any script, or -1. */
  private static int digit(char c) {
    return Character.isDigit(c) ? Character.digit(c, 10) : -1;
  }

  static String stem(String word) {
    String w = word;
    if (w.endsWith("ies") && w.length() > 4) w = w.substring(0, w.length() - 3) + "y";
    else if (w.endsWith("ing") && w.length() > 5) w = w.substring(0, w.length() - 3);
    else if (w.endsWith("ed") && w.length() > 4) w = w.substring(0, w.length() - 2);
    else if (w.endsWith("es") && w.length() > 4) w = w.substring(0, w.length() - 2);
    else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) w = w.substring(0, w.length() - 1);
    return w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w;
  }

  /**
   * The consonants of a Latin word as Arabic writes them: vowels and h, w, y dropped (Arabic spells long vowels
   * with w and y), look-alike sounds merged (c k q; s z sh; p b; v f; g j), doubled letters once.
   */
  static String skeleton(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace("sch", "s").replace("sh", "s").replace("ch", "s")
        .replace("th", "t").replace("ph", "f").replace("kh", "k").replace("gh", "g").replace("dh", "d");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char m = switch (c) {
        case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h', '\'' -> 0;
        case 'c', 'q' -> 'k';
        case 'z' -> 's';
        case 'p' -> 'b';
        case 'v' -> 'f';
        case 'g' -> 'j';
        case 'x' -> 'k';
        default -> c >= 'a' && c <= 'z' ? c : 0;
      };
      if (m != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != m)) out.append(m);
    }
    return out.toString();
  }

  private static Set<String> load(String name) {
    Set<String> words = new HashSet<>();
    try (InputStream in = SentenceTokens.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name + " next to " + SentenceTokens.class);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) words.add(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return Set.copyOf(words);
  }
}

package org.tarjama.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Phrases that mark boilerplate lines (share, follow, "read more", credits, copyright), read from a data
 * file users can extend; the format is described in {@code org/tarjama/clean/boilerplate.txt}.
 */
public final class BoilerplatePhrases {

  /** How a phrase must appear in a line. */
  enum How { LINE, LIST, START, LABEL, CONTAINS }

  /** A phrase that matched, with the kind of boilerplate it marks. */
  record Match(RemovalKind kind, How how, String phrase) {

    String describe() {
      return switch (how) {
        case LINE -> "«" + phrase + "»";
        case LIST -> "heading «" + phrase + "» of a list of other stories";
        case START -> "a line starting with «" + phrase + "»";
        case LABEL -> "«" + phrase + ":» and a short value";
        case CONTAINS -> "a short line containing «" + phrase + "»";
      };
    }
  }

  private record Phrase(RemovalKind kind, How how, String text, String key) {
  }

  private static final String BUILT_IN = "boilerplate.txt";
  private static final int LONGEST_LABEL = 12;
  private static final int LONGEST_CONTAINING = 20;
  private static final BoilerplatePhrases DEFAULT = parseBuiltIn();

  private final Map<String, Phrase> whole;
  private final List<Phrase> partial;
  /** The first chars of the start phrases' keys, or null when one is empty: a long line starting otherwise matches none. */
  private final @Nullable Set<Character> startChars;

  private BoilerplatePhrases(List<Phrase> phrases) {
    Map<String, Phrase> wholeLines = new HashMap<>();
    List<Phrase> parts = new ArrayList<>();
    for (Phrase p : phrases) {
      if (p.how() == How.LINE || p.how() == How.LIST) wholeLines.put(p.key(), p);
      else parts.add(p);
    }
    this.whole = Map.copyOf(wholeLines);
    this.partial = List.copyOf(parts);
    Set<Character> firsts = new HashSet<>();
    boolean emptyStart = false;
    for (Phrase p : parts) {
      if (p.how() != How.START) continue;
      if (p.key().isEmpty()) emptyStart = true;
      else firsts.add(p.key().charAt(0));
    }
    this.startChars = emptyStart ? null : Set.copyOf(firsts);
  }

  public static BoilerplatePhrases builtIn() {
    return DEFAULT;
  }

  /** These phrases plus those of a user file in the same format. */
  public BoilerplatePhrases with(Path userFile) throws IOException {
    List<Phrase> phrases = new ArrayList<>(whole.values());
    phrases.addAll(partial);
    try (BufferedReader in = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
      parse(in, userFile.toString(), phrases);
    }
    return new BoilerplatePhrases(phrases);
  }

  /** The phrase {@code line} (normalised, not blank) matches, or null. */
  @Nullable Match match(ArticleLine line) {
    Phrase found = whole.get(line.key());
    if (found != null) return new Match(found.kind(), found.how(), found.text());
    String key = line.folded();
    int words = line.words();
    // too long for a label or a contained phrase, and not starting like a start phrase
    if (words > Math.max(LONGEST_LABEL, LONGEST_CONTAINING) && startChars != null && (key.isEmpty() || !startChars.contains(key.charAt(0)))) {
      return null;
    }
    for (Phrase p : partial) {
      boolean hit = switch (p.how()) {
        case START -> startsWithWord(key, p.key());
        case LABEL -> words <= LONGEST_LABEL && startsWithLabel(key, p.key());
        case CONTAINS -> words <= LONGEST_CONTAINING && key.contains(p.key());
        default -> false;
      };
      if (hit) return new Match(p.kind(), p.how(), p.text());
    }
    return null;
  }

  private static boolean startsWithWord(String key, String phrase) {
    if (!key.startsWith(phrase)) return false;
    if (key.length() == phrase.length()) return true;
    char next = key.charAt(phrase.length());
    return next == ' ' || next == ':';
  }

  private static boolean startsWithLabel(String key, String phrase) {
    if (!key.startsWith(phrase)) return false;
    int i = phrase.length();
    while (i < key.length() && key.charAt(i) == ' ') i++;
    return i < key.length() && key.charAt(i) == ':';
  }

  private static BoilerplatePhrases parseBuiltIn() {
    InputStream stream = BoilerplatePhrases.class.getResourceAsStream(BUILT_IN);
    Objects.requireNonNull(stream, "missing resource org/tarjama/clean/" + BUILT_IN);
    List<Phrase> phrases = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      parse(in, "org/tarjama/clean/" + BUILT_IN, phrases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BoilerplatePhrases(phrases);
  }

  private static void parse(BufferedReader in, String source, List<Phrase> into) throws IOException {
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      if (f.length != 3 || f[2].isBlank()) {
        throw new IllegalArgumentException(source + " line " + number
            + ": expected category<TAB>how<TAB>phrase, got: " + line);
      }
      RemovalKind kind;
      How how;
      try {
        kind = RemovalKind.of(f[0].strip());
        how = How.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + " line " + number + ": unknown category '" + f[0]
            + "' or how '" + f[1] + "' (how is line, list, start, label or contains)", e);
      }
      String text = f[2].strip();
      String key = how == How.LINE || how == How.LIST ? LineKey.bare(text) : LineKey.of(text);
      into.add(new Phrase(kind, how, text, key));
    }
  }
}

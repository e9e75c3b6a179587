package org.tarjama.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every input of a batch its article id, unique in the batch whatever the file names are. The id is the
 * file name without its extension, with every character other than letters, digits, marks, '.', '-' and '_'
 * replaced by '_' (so it is a safe file name and never holds the ':' of segment ids), cut to 60 characters.
 * Inputs whose ids would be equal, ignoring case, keep it for one of them (the one whose name needed no
 * replacement, else the first) and give the others {@code -} and the first 8 hex digits of the SHA-256 of their
 * path, longer if that too is taken by any id of the batch.
 */
public final class ArticleIds {

  static final int MAX_CHARS = 60;
  private static final String FALLBACK = "article";

  private ArticleIds() {
  }

  /**
   * The id of each input file, in order, as {@code tarjama translate} gives them: {@code fileNames} are the names
   * (with extension), {@code sources} the paths as the command line would see them. For drivers that list inputs
   * themselves (the Spark job).
   */
  public static List<String> forFiles(List<String> fileNames, List<String> sources) {
    return assign(fileNames.stream().map(InputFinder::stem).toList(), sources);
  }

  /** The id of each input, in order: {@code stems} are the file names without extension, {@code sources} their paths. */
  static List<String> assign(List<String> stems, List<String> sources) {
    List<String> bases = stems.stream().map(ArticleIds::sanitise).toList();
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < bases.size(); i++) groups.computeIfAbsent(key(bases.get(i)), k -> new ArrayList<>()).add(i);
    Set<String> taken = new HashSet<>(groups.keySet());
    String[] ids = bases.toArray(String[]::new);
    for (List<Integer> group : groups.values()) {
      if (group.size() == 1) continue;
      int keeper = group.stream().filter(i -> bases.get(i).equals(stems.get(i))).findFirst().orElse(group.get(0));
      for (int i : group) {
        if (i != keeper) ids[i] = tieBreak(bases.get(i), sources.get(i), taken);
      }
    }
    return List.of(ids);
  }

  static String sanitise(String stem) {
    if (alreadySafe(stem)) return stem;
    StringBuilder id = new StringBuilder();
    stem.codePoints().forEach(c -> id.appendCodePoint(
        Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
            || c == '.' || c == '-' || c == '_' ? c : '_'));
    int start = 0;
    while (start < id.length() && id.charAt(start) == '.') start++; // no hidden files, no ".."
    String safe = id.substring(start);
    if (safe.codePointCount(0, safe.length()) > MAX_CHARS) safe = safe.substring(0, safe.offsetByCodePoints(0, MAX_CHARS));
    return safe.isEmpty() ? FALLBACK : safe;
  }

  /** ASCII letters, digits, '.', '-' and '_', not starting with '.', at most {@link #MAX_CHARS}: most names are such. */
  private static boolean alreadySafe(String stem) {
    if (stem.isEmpty() || stem.length() > MAX_CHARS || stem.charAt(0) == '.') return false;
    for (int i = 0; i < stem.length(); i++) {
      char c = stem.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static String tieBreak(String base, String source, Set<String> taken) {
    String hash = sha256(source);
    for (int digits = 8; ; digits += 4) {
      String id = base + "-" + hash.substring(0, Math.min(digits, hash.length()))
          + (digits > hash.length() ? "-" + (digits - hash.length()) : "");
      if (taken.add(key(id))) return id;
    }
  }

  /** Ids that differ only in case would share a file on case-insensitive file systems. */
  private static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}

package org.tarjama.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Abbreviations after which a full stop does not end a sentence, read from a data file users can extend
 * (format in {@code org/tarjama/segment/abbreviations.txt}). Single letters and dotted single letters are
 * abbreviations without being listed.
 */
public final class Abbreviations {

  /** How an abbreviation behaves before a full stop and a space. */
  public enum Kind {
    /** Never ends a sentence. */
    TITLE,
    /** A year marker (م، هـ، ق.م): ends the sentence after a number, otherwise like a title. */
    ERA
  }

  private static final String BUILT_IN = "abbreviations.txt";
  private static final Abbreviations DEFAULT = parseBuiltIn();

  private final Map<String, Kind> kinds;

  private Abbreviations(Map<String, Kind> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  public static Abbreviations builtIn() {
    return DEFAULT;
  }

  /** These abbreviations plus those of a user file; the user's kind wins for an entry in both. */
  public Abbreviations with(Path userFile) throws IOException {
    Map<String, Kind> merged = new HashMap<>(kinds);
    try (BufferedReader in = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
      parse(in, userFile.toString(), merged);
    }
    return new Abbreviations(merged);
  }

  /** The kind of {@code token} (written without its final full stop), or null when it is not listed. */
  public @Nullable Kind kind(String token) {
    return kinds.get(token);
  }

  public int size() {
    return kinds.size();
  }

  private static Abbreviations parseBuiltIn() {
    InputStream stream = Abbreviations.class.getResourceAsStream(BUILT_IN);
    Objects.requireNonNull(stream, "missing resource org/tarjama/segment/" + BUILT_IN);
    Map<String, Kind> kinds = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      parse(in, "org/tarjama/segment/" + BUILT_IN, kinds);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Abbreviations(kinds);
  }

  private static void parse(BufferedReader in, String source, Map<String, Kind> into) throws IOException {
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) continue;
      String[] fields = entry.split("\t");
      String token = fields[0].strip();
      while (token.endsWith(".")) token = token.substring(0, token.length() - 1);
      if (token.isEmpty() || fields.length > 2 || token.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(source + " line " + number + ": expected an abbreviation without"
            + " spaces, then optionally a tab and 'title' or 'era', got: " + line);
      }
      into.put(token, fields.length == 1 ? Kind.TITLE : kindOf(fields[1].strip(), source, number));
    }
  }

  private static Kind kindOf(String name, String source, int number) {
    return switch (name) {
      case "title" -> Kind.TITLE;
      case "era" -> Kind.ERA;
      default -> throw new IllegalArgumentException(source + " line " + number + ": unknown kind '" + name
          + "' (use 'title' or 'era')");
    };
  }
}

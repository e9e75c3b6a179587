package org.tarjama.translate.gloss;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Prepositions, particles, pronouns and a few very common news words that the dictionary lacks or glosses
 * badly ({@code في} is "At" there), from this package's {@code function-words.tsv}. Function words win over the
 * dictionary; content words (kind {@code word}) only fill its holes.
 */
final class FunctionWords {

  /** How a pronoun suffix on the word reads in English. */
  enum Kind {
    /** فيه: in-him. */
    PREPOSITION,
    /** إنه: that-he. */
    PARTICLE,
    /** عليه: the spelling of على before a suffix only. */
    HOST,
    /** كلهم: all-their. */
    OTHER,
    /** A content word the dictionary lacks (بلد), glossed like a dictionary word: with article and endings. */
    WORD
  }

  record Word(String english, Kind kind) {
  }

  private static final String RESOURCE = "function-words.tsv";

  private final Map<String, Word> words;

  FunctionWords(Map<String, Word> words) {
    this.words = Map.copyOf(words);
  }

  static FunctionWords standard() {
    @Nullable InputStream in = FunctionWords.class.getResourceAsStream(RESOURCE);
    if (in == null) throw new IllegalStateException(RESOURCE + " missing next to " + FunctionWords.class.getName());
    Map<String, Word> words = new HashMap<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length < 2 || f[1].isBlank()) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": expected Arabic<TAB>English[<TAB>kind]: " + line);
        }
        words.put(LookupKey.exact(f[0]), new Word(f[1].strip(), kind(f.length > 2 ? f[2].strip() : "", number)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " unreadable", e);
    }
    return new FunctionWords(words);
  }

  private static Kind kind(String name, int line) {
    return switch (name) {
      case "prep" -> Kind.PREPOSITION;
      case "part" -> Kind.PARTICLE;
      case "host" -> Kind.HOST;
      case "word" -> Kind.WORD;
      case "" -> Kind.OTHER;
      default -> throw new IllegalStateException(RESOURCE + ":" + line + ": unknown kind '" + name + "'");
    };
  }

  /** The word standing alone, or, when {@code beforeSuffix}, also the spellings used only before a suffix. */
  Optional<Word> find(String stem, boolean beforeSuffix) {
    Word word = words.get(stem);
    if (word == null || (word.kind() == Kind.HOST && !beforeSuffix)) return Optional.empty();
    return Optional.of(word);
  }

  /** A content word of kind {@code word}, looked up only when the dictionary has nothing for the stem. */
  Optional<Word> findContentWord(String stem) {
    return Optional.ofNullable(words.get(stem)).filter(w -> w.kind() == Kind.WORD);
  }
}

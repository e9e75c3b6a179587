package org.tarjama.translate.http.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tarjama.translate.TranslationItem;

/**
 * Fixed renderings of terms (names, titles, places), read from a UTF-8 file with one {@code arabic<TAB>english}
 * pair per line; blank lines and lines starting with {@code #} are skipped. Only the terms a batch contains
 * go into its prompt.
 */
public final class Glossary {

  public static final Glossary EMPTY = new Glossary(List.of());

  public record Term(String arabic, String english) {
    public Term {
      if (arabic.isBlank() || english.isBlank()) throw new IllegalArgumentException("glossary term with an empty side");
    }
  }

  private final List<Term> terms;

  public Glossary(List<Term> terms) {
    this.terms = List.copyOf(terms);
  }

  /** Reads {@code file}; a malformed line is reported with the file and line number. */
  public static Glossary read(Path file) throws IOException {
    List<Term> terms = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] sides = line.split("\t");
      if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
        throw new IOException(file + ":" + (i + 1) + ": expected 'arabic<TAB>english', got '" + line + "'");
      }
      terms.add(new Term(sides[0].strip(), sides[1].strip()));
    }
    return new Glossary(terms);
  }

  public List<Term> terms() {
    return terms;
  }

  /** The terms whose Arabic occurs in some item of {@code batch}, in glossary order. */
  public List<Term> within(List<TranslationItem> batch) {
    return terms.stream().filter(t -> batch.stream().anyMatch(i -> i.text().contains(t.arabic()))).toList();
  }
}

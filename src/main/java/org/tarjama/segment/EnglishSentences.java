package org.tarjama.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits English text into sentences with ICU's sentence BreakIterator and its English abbreviation suppressions
 * ({@code en@ss=standard}: no break after "Mr.", "U.S.", "Jan.") and a few titles it lacks. A line break always ends a sentence.
 */
public final class EnglishSentences {

  private static final ULocale ENGLISH = new ULocale("en@ss=standard");

  /** Titles before a name that ICU's list lacks ("met Dr. Jones"): a break right after one is no break. */
  private static final Set<String> TITLES = Set.of("Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Capt.",
      "Sgt.", "Rev.", "St.", "Mt.", "No.", "Mr.", "Mrs.", "Ms.");

  private EnglishSentences() {
  }

  private static boolean endsWithTitle(String line, int end) {
    String before = line.substring(0, end).stripTrailing();
    int space = before.lastIndexOf(' ');
    return TITLES.contains(before.substring(space + 1));
  }

  public static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getSentenceInstance(ENGLISH);
    for (String line : text.split("\\R")) {
      if (line.isBlank()) continue;
      breaks.setText(line);
      int start = breaks.first();
      for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
        if (end < line.length() && endsWithTitle(line, end)) continue;
        String sentence = line.substring(start, end).strip();
        if (!sentence.isEmpty()) sentences.add(sentence);
        start = end;
      }
    }
    return sentences;
  }
}

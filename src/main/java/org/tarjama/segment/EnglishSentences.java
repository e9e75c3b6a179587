package org.tarjama.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits English text into sentences with ICU's sentence BreakIterator and its English abbreviation suppressions
 * ({@code en@ss=standard}: no break after "Mr.", "U.S.", "Jan."). A line break always ends a sentence.
 */
public final class EnglishSentences {

  private static final ULocale ENGLISH = new ULocale("en@ss=standard");

  private EnglishSentences() {
  }

  public static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getSentenceInstance(ENGLISH);
    for (String line : text.split("\\R")) {
      if (line.isBlank()) continue;
      breaks.setText(line);
      int start = breaks.first();
      for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
        String sentence = line.substring(start, end).strip();
        if (!sentence.isEmpty()) sentences.add(sentence);
      }
    }
    return sentences;
  }
}

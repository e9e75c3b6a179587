package org.tarjama.quality;

import java.util.List;
import org.tarjama.model.Pair;

/**
 * A word or phrase looping in the target, the way a stuck model repeats itself. Score {@code repetition}: the
 * most times any run of one to {@link #LONGEST} words repeats back to back (1 when nothing repeats). Flagged at
 * {@link #PHRASE_LOOP} for phrases and {@link #WORD_LOOP} for single words ("very very" is English).
 */
final class Repetition implements Scorer {

  static final int LONGEST = 6;
  static final int PHRASE_LOOP = 3;
  static final int WORD_LOOP = 4;

  @Override
  public void score(Pair pair, ScoreSheet sheet) {
    List<String> words = TextMeasure.words(pair.en());
    int most = 1;
    boolean loops = false;
    for (int n = 1; n <= LONGEST; n++) {
      // a phrase of n words repeated r times back to back is a run of (r - 1) * n words equal to the word n later:
      // one pass per n instead of a scan from every start, so a reply of 100,000 words is checked in linear time
      int run = 0;
      for (int i = 0; i + n < words.size(); i++) {
        run = words.get(i).equals(words.get(i + n)) ? run + 1 : 0;
        int repeats = 1 + run / n;
        most = Math.max(most, repeats);
        if (repeats >= (n == 1 ? WORD_LOOP : PHRASE_LOOP)) loops = true;
      }
    }
    sheet.score("repetition", most);
    if (loops) sheet.flag(Flags.REPETITION);
  }
}

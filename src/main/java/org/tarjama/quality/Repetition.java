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
      for (int start = 0; start + 2 * n <= words.size(); start++) {
        int repeats = repeatsFrom(words, start, n);
        most = Math.max(most, repeats);
        if (repeats >= (n == 1 ? WORD_LOOP : PHRASE_LOOP)) loops = true;
      }
    }
    sheet.score("repetition", most);
    if (loops) sheet.flag(Flags.REPETITION);
  }

  /** How many times the {@code n} words at {@code start} occur back to back from there. */
  private static int repeatsFrom(List<String> words, int start, int n) {
    int repeats = 1;
    int next = start + n;
    while (next + n <= words.size() && words.subList(next, next + n).equals(words.subList(start, start + n))) {
      repeats++;
      next += n;
    }
    return repeats;
  }
}

package org.tarjama.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tarjama.model.Pair;

/**
 * A light check that the target is English, without a language model: {@code latin-share} (Latin letters among
 * letters) and {@code english-words} (share of words in a list of frequent English words). Flagged when the
 * letters are mostly not Latin, or when a sentence of {@link #MIN_WORDS}+ words has under
 * {@link #MIN_ENGLISH_SHARE} frequent English words (no sentence of that length in PUD's English side does).
 */
final class TargetLanguage implements Scorer {

  static final int MIN_WORDS = 6;
  static final double MIN_ENGLISH_SHARE = 0.1;
  static final double MIN_LATIN_SHARE = 0.5;
  private static final Set<String> COMMON = load("english-common-words.txt");

  @Override
  public void score(Pair pair, ScoreSheet sheet) {
    TextMeasure.Letters letters = TextMeasure.Letters.of(pair.en());
    if (letters.all() == 0) return;
    List<String> words = TextMeasure.words(pair.en()).stream().filter(w -> w.codePoints().allMatch(Character::isLetter)).toList();
    double latin = letters.latinShare();
    double english = words.isEmpty() ? 0 : (double) words.stream().filter(COMMON::contains).count() / words.size();
    sheet.score("latin-share", Math.round(latin * 1000) / 1000.0);
    sheet.score("english-words", Math.round(english * 1000) / 1000.0);
    if (latin < MIN_LATIN_SHARE || (words.size() >= MIN_WORDS && english < MIN_ENGLISH_SHARE)) {
      sheet.flag(Flags.NOT_ENGLISH);
    }
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = TargetLanguage.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource + " next to " + TargetLanguage.class);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) words.add(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Set.copyOf(words);
  }
}

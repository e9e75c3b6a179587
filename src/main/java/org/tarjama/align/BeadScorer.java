package org.tarjama.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.quality.TextMeasure;

/**
 * Scores candidate beads of one document pair: how well the machine translation of the Arabic side matches the
 * English side (Dice overlap of {@link SentenceTokens}), and how likely their lengths are ({@link LengthModel}).
 * Every sentence is tokenised once; a bead merges the token lists of its sentences.
 */
final class BeadScorer {

  private final LengthModel lengths;
  private final int[] arChars;
  private final int[] enChars;
  private final int[][] arTokens;
  private final int[][] enTokens;
  /** Tokens of sentences k and k+1 together, merged once rather than for every bead that holds both. */
  private final int[][] arPairTokens;
  private final int[][] enPairTokens;
  private final int[] arSize;
  private final int[] enSize;

  BeadScorer(LengthModel lengths, List<String> arabic, List<String> translations, List<String> english) {
    if (arabic.size() != translations.size()) {
      throw new IllegalArgumentException(arabic.size() + " Arabic sentences but " + translations.size() + " translations");
    }
    this.lengths = lengths;
    Map<String, Integer> ids = new HashMap<>();
    int n = arabic.size();
    int m = english.size();
    arChars = new int[n];
    arTokens = new int[n][];
    arSize = new int[n];
    for (int i = 0; i < n; i++) {
      arChars[i] = TextMeasure.characters(arabic.get(i));
      SentenceTokens.Tokens tokens = SentenceTokens.ofTranslation(translations.get(i), arabic.get(i));
      arTokens[i] = intern(tokens.all(), ids);
      arSize[i] = tokens.size();
    }
    enChars = new int[m];
    enTokens = new int[m][];
    enSize = new int[m];
    for (int j = 0; j < m; j++) {
      enChars[j] = TextMeasure.characters(english.get(j));
      SentenceTokens.Tokens tokens = SentenceTokens.ofEnglish(english.get(j));
      enTokens[j] = intern(tokens.all(), ids);
      enSize[j] = tokens.size();
    }
    arPairTokens = pairs(arTokens);
    enPairTokens = pairs(enTokens);
  }

  private static int[][] pairs(int[][] tokens) {
    int[][] out = new int[Math.max(0, tokens.length - 1)][];
    for (int k = 0; k + 1 < tokens.length; k++) out[k] = merge(tokens[k], tokens[k + 1]);
    return out;
  }

  private static int[] intern(List<String> tokens, Map<String, Integer> ids) {
    int[] out = new int[tokens.size()];
    for (int k = 0; k < out.length; k++) out[k] = ids.computeIfAbsent(tokens.get(k), t -> ids.size());
    Arrays.sort(out);
    return out;
  }

  /** Dice overlap, 0 to 1, of the translation of Arabic sentences [i, i+a) and English sentences [j, j+e). */
  double similarity(int i, int a, int j, int e) {
    int size = 0;
    for (int k = i; k < i + a; k++) size += arSize[k];
    for (int k = j; k < j + e; k++) size += enSize[k];
    if (size == 0) return 0;
    int[] ar = a == 1 ? arTokens[i] : arPairTokens[i];
    int[] en = e == 1 ? enTokens[j] : enPairTokens[j];
    return Math.min(1, 2.0 * common(ar, en) / size);
  }

  /** The Gale–Church cost of the lengths of Arabic sentences [i, i+a) against English sentences [j, j+e). */
  double lengthCost(int i, int a, int j, int e) {
    int ar = 0;
    int en = 0;
    for (int k = i; k < i + a; k++) ar += arChars[k];
    for (int k = j; k < j + e; k++) en += enChars[k];
    return lengths.cost(ar, en);
  }

  private static int[] merge(int[] x, int[] y) {
    int[] out = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    Arrays.sort(out);
    return out;
  }

  /** The size of the multiset intersection of two sorted arrays. */
  private static int common(int[] x, int[] y) {
    int count = 0;
    int p = 0;
    int q = 0;
    while (p < x.length && q < y.length) {
      if (x[p] == y[q]) {
        count++;
        p++;
        q++;
      } else if (x[p] < y[q]) {
        p++;
      } else {
        q++;
      }
    }
    return count;
  }
}

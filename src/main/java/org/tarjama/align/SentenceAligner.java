package org.tarjama.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Aligns the sentences of an Arabic document and its English counterpart, translate-then-align in the manner of
 * Bleualign: each candidate bead costs its Gale–Church length cost plus how little the machine translation of
 * its Arabic overlaps its English, and dynamic programming finds the cheapest monotone sequence of 1-1, 2-1, 1-2,
 * 2-2, 1-0 and 0-1 beads. The search keeps to a band around the diagonal, widened only when the best path
 * touches its edge (to at most {@link #MAX_CELLS} cells), so time grows linearly with document length.
 */
public final class SentenceAligner {

  /** The band's half-width in sentences before any widening. */
  static final int INITIAL_BAND = 16;
  /** The most cells one search may hold (about 9 bytes each), so two unrelated long documents cannot exhaust the heap. */
  static final long MAX_CELLS = 8_000_000;

  private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};

  private final LengthModel lengths;
  private final Weights weights;

  public SentenceAligner(LengthModel lengths, Weights weights) {
    this.lengths = lengths;
    this.weights = weights;
  }

  /** The aligner with the length model and weights tuned on the PUD dev half. */
  public static SentenceAligner standard() {
    return new SentenceAligner(LengthModel.ARABIC_ENGLISH, Weights.TUNED);
  }

  /**
   * The costs of a bead. {@code skip}: one sentence left unaligned; {@code merge}, {@code twoByTwo}: extra for a
   * 2-1 or 1-2 bead and for a 2-2 bead; {@code length}: weight of the length cost; {@code similarity}: weight of
   * (1 − overlap of the translation with the English).
   */
  public record Weights(double skip, double merge, double twoByTwo, double length, double similarity) {

    /** Tuned on the dev half of the alignment benchmark ({@code org.tarjama.bench.AlignmentBenchmark}). */
    public static final Weights TUNED = new Weights(8.0, 3.0, 5.0, 0.25, 15.0);

    /** Length alone, as Gale and Church align: no translation needed. */
    public static final Weights LENGTH_ONLY = new Weights(3.0, 3.0, 5.0, 1.0, 0.0);

    public Weights {
      if (!(skip > 0) || merge < 0 || twoByTwo < 0 || length < 0 || similarity < 0) {
        throw new IllegalArgumentException("bad alignment weights " + this);
      }
    }
  }

  /**
   * Aligns {@code arabic} (with {@code translations}, one per Arabic sentence; empty where the translation
   * failed) with {@code english}. Every sentence of both sides is in exactly one bead, in order.
   */
  public List<Bead> align(List<String> arabic, List<String> translations, List<String> english) {
    int n = arabic.size();
    int m = english.size();
    BeadScorer scorer = new BeadScorer(lengths, arabic, translations, english);
    int band = INITIAL_BAND;
    while (true) {
      Search search = new Search(scorer, n, m, band);
      search.run();
      List<Bead> beads = search.path();
      long widerCells = (long) (n + 1) * (4L * band + 1);
      if (!search.touchedEdge || band >= Math.max(n, m) || widerCells > MAX_CELLS) return beads;
      band *= 2;
    }
  }

  /** One pass of the dynamic programme within a band of half-width {@code band}. */
  private final class Search {
    private final BeadScorer scorer;
    private final int n;
    private final int m;
    private final int band;
    private final int[] lo;
    private final int[] hi;
    private final double[][] cost;
    private final byte[][] move;
    private boolean touchedEdge;

    Search(BeadScorer scorer, int n, int m, int band) {
      this.scorer = scorer;
      this.n = n;
      this.m = m;
      this.band = band;
      lo = new int[n + 1];
      hi = new int[n + 1];
      cost = new double[n + 1][];
      move = new byte[n + 1][];
      for (int i = 0; i <= n; i++) {
        int center = n == 0 ? 0 : (int) Math.round((double) i * m / n);
        lo[i] = Math.max(0, center - band);
        hi[i] = i == n ? m : Math.min(m, center + band);
        if (i == 0) lo[i] = 0;
        cost[i] = new double[hi[i] - lo[i] + 1];
        move[i] = new byte[hi[i] - lo[i] + 1];
      }
    }

    void run() {
      for (int i = 0; i <= n; i++) {
        for (int j = lo[i]; j <= hi[i]; j++) {
          double best = i == 0 && j == 0 ? 0 : Double.POSITIVE_INFINITY;
          byte bestMove = -1;
          for (byte k = 0; k < MOVES.length; k++) {
            int a = MOVES[k][0];
            int e = MOVES[k][1];
            int pi = i - a;
            int pj = j - e;
            if (pi < 0 || pj < lo[Math.max(pi, 0)] || pj > hi[Math.max(pi, 0)] || pj < 0) continue;
            double before = cost[pi][pj - lo[pi]];
            if (before == Double.POSITIVE_INFINITY) continue;
            double total = before + beadCost(scorer, pi, a, pj, e);
            if (total < best) {
              best = total;
              bestMove = k;
            }
          }
          cost[i][j - lo[i]] = best;
          move[i][j - lo[i]] = bestMove;
        }
      }
    }

    List<Bead> path() {
      List<Bead> beads = new ArrayList<>();
      int i = n;
      int j = m;
      while (i > 0 || j > 0) {
        if ((j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < m)) touchedEdge = true;
        byte k = move[i][j - lo[i]];
        if (k < 0) throw new IllegalStateException("no path to " + i + "," + j + " in a band of " + band);
        int a = MOVES[k][0];
        int e = MOVES[k][1];
        beads.add(new Bead(i - a, a, j - e, e, score(scorer, i - a, a, j - e, e)));
        i -= a;
        j -= e;
      }
      Collections.reverse(beads);
      return beads;
    }
  }

  private double beadCost(BeadScorer scorer, int i, int a, int j, int e) {
    if (a == 0 || e == 0) return weights.skip();
    double prior = a + e == 4 ? weights.twoByTwo() : a + e == 3 ? weights.merge() : 0;
    // the overlap term counts per sentence, or one 2-2 bead would be cheaper than the two 1-1 beads it hides
    return prior + weights.length() * scorer.lengthCost(i, a, j, e)
        + weights.similarity() * (1 - scorer.similarity(i, a, j, e)) * (a + e) / 2;
  }

  /** 1 for a bead that costs nothing, 0 for one that costs as much as leaving all its sentences unaligned. */
  private double score(BeadScorer scorer, int i, int a, int j, int e) {
    if (a == 0 || e == 0) return 0;
    double score = 1 - beadCost(scorer, i, a, j, e) / (weights.skip() * (a + e));
    return Math.max(0, Math.min(1, score));
  }
}

package org.tarjama.align;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One unit of a sentence alignment: {@code arCount} Arabic sentences from {@code arStart} matched with
 * {@code enCount} English sentences from {@code enStart} (0-based), and how sure the aligner is, from 0 to 1.
 * A bead with nothing on one side ({@code 1-0}, {@code 0-1}) is a sentence the other side does not have.
 */
public record Bead(int arStart, int arCount, int enStart, int enCount, double score) {

  public Bead {
    if (arStart < 0 || enStart < 0 || arCount < 0 || enCount < 0 || arCount + enCount == 0) {
      throw new IllegalArgumentException("bad bead ar " + arStart + "+" + arCount + ", en " + enStart + "+" + enCount);
    }
    if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("bead score outside [0, 1]: " + score);
  }

  /** Arabic count, dash, English count: {@code 1-1}, {@code 2-1}, {@code 0-1}. */
  public String type() {
    return arCount + "-" + enCount;
  }

  /** Whether both sides hold a sentence, so the bead is a sentence pair. */
  public boolean isPair() {
    return arCount > 0 && enCount > 0;
  }

  public List<Integer> arSents() {
    return IntStream.range(arStart, arStart + arCount).boxed().toList();
  }

  public List<Integer> enSents() {
    return IntStream.range(enStart, enStart + enCount).boxed().toList();
  }
}

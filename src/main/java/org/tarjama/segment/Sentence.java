package org.tarjama.segment;

import java.util.List;
import org.tarjama.model.Span;

/**
 * A sentence of a paragraph and, when it was longer than the caller's limit, the pieces it was cut into
 * at clause boundaries (in order, covering it). Pieces are numbered 1..n in segment ids; a whole sentence
 * has no pieces and is numbered 0.
 */
public record Sentence(Span span, List<Span> pieces) {

  public Sentence {
    pieces = List.copyOf(pieces);
    if (pieces.size() == 1) throw new IllegalArgumentException("a cut sentence has at least two pieces: " + span);
    for (Span piece : pieces) {
      if (piece.start() < span.start() || piece.end() > span.end()) {
        throw new IllegalArgumentException("piece " + piece + " outside sentence " + span);
      }
    }
  }

  public static Sentence whole(Span span) {
    return new Sentence(span, List.of());
  }

  public boolean isWhole() {
    return pieces.isEmpty();
  }

  /** The spans to translate: the pieces, or the sentence itself when it is whole. */
  public List<Span> parts() {
    return isWhole() ? List.of(span) : pieces;
  }
}

package org.tarjama.model;

/**
 * A sentence of one document that the other does not have (a {@code 1-0} or {@code 0-1} bead): its document,
 * side ({@code ar} or {@code en}), 0-based index on that side, text, and for an Arabic sentence its machine
 * translation.
 */
public record UnalignedSentence(String doc, String side, int index, String text, String translation) {

  public UnalignedSentence {
    if (!side.equals("ar") && !side.equals("en")) throw new IllegalArgumentException("side must be ar or en: " + side);
    if (index < 0) throw new IllegalArgumentException("bad sentence index " + index);
  }

  /** {@code 1-0} for an Arabic sentence, {@code 0-1} for an English one. */
  public String bead() {
    return side.equals("ar") ? "1-0" : "0-1";
  }
}

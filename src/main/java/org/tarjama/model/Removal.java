package org.tarjama.model;

/**
 * Text the cleaner took out of an article, with the 1-based source line it came from and why.
 * A fragment removed from inside a line (a photo file name glued to a sentence) is recorded too.
 */
public record Removal(int line, String text, String reason) implements java.io.Serializable {

  public Removal {
    if (line < 0) throw new IllegalArgumentException("bad line " + line);
    if (reason.isBlank()) throw new IllegalArgumentException("removal without a reason at line " + line);
  }
}

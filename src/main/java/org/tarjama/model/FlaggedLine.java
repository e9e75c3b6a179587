package org.tarjama.model;

/**
 * A line the cleaner kept although it may be boilerplate (a subtitle that may be a caption, a sentence
 * quoted by many articles of the batch): kept so that no content is lost, flagged so a person can look.
 */
public record FlaggedLine(int line, String text, String reason) {

  public FlaggedLine {
    if (line < 1) throw new IllegalArgumentException("bad line " + line);
    if (reason.isBlank()) throw new IllegalArgumentException("flag without a reason at line " + line);
  }
}

package org.tarjama.io;

import java.nio.file.Path;

/** An Arabic document and its English counterpart, to be aligned sentence by sentence; {@code id} names both. */
public record DocumentPair(String id, Path arabic, Path english) {

  public DocumentPair {
    if (id.isEmpty()) throw new IllegalArgumentException("document pair without an id: " + arabic);
  }
}

package org.tarjama.model;

import java.util.Locale;

/** Whether a pair carries a real translation. */
public enum PairStatus {
  OK, FAILED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

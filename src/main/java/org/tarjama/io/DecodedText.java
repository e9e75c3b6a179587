package org.tarjama.io;

import java.util.List;
import org.tarjama.model.Repair;

/** Text decoded from an input, the encoding it was decoded from, and the repairs decoding needed. */
public record DecodedText(String text, String encoding, List<Repair> repairs) {

  public DecodedText {
    repairs = List.copyOf(repairs);
  }

  public DecodedText(String text, String encoding) {
    this(text, encoding, List.of());
  }
}

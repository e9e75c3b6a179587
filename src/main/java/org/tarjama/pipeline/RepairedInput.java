package org.tarjama.pipeline;

import java.util.List;
import org.tarjama.model.Repair;

/** An article that was translated after reading repaired its text, with the repairs (listed in {@code run.json}). */
public record RepairedInput(String article, String source, List<Repair> repairs) {

  public RepairedInput {
    repairs = List.copyOf(repairs);
  }
}

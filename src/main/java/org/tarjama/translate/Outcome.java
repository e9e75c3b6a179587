package org.tarjama.translate;

/** What became of one segment: a translation from a backend, or a failure with its reason. */
public sealed interface Outcome permits Outcome.Translated, Outcome.Failed {

  String backend();

  String model();

  record Translated(String text, String backend, String model) implements Outcome {
  }

  record Failed(String reason, String backend, String model) implements Outcome {
    public Failed {
      if (reason.isBlank()) throw new IllegalArgumentException("failure without a reason");
    }
  }
}

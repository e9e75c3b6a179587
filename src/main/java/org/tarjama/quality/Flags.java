package org.tarjama.quality;

import java.util.Map;

/** The flag names the standard check raises, as written to pairs.jsonl and TMX and typed after {@code --drop}. */
public final class Flags {

  /** The target is empty or white space only. */
  public static final String EMPTY = "empty";
  /** The target equals the source, or is mostly Arabic script. */
  public static final String UNTRANSLATED = "untranslated";
  /** Some Arabic letters are left in an otherwise translated target. */
  public static final String ARABIC_IN_TARGET = "arabic-in-target";
  /** Target/source length ratio far from what Arabic→English translations show. */
  public static final String LENGTH_RATIO = "length-ratio";
  /** A number of the source is missing from the target. */
  public static final String NUMBERS = "numbers";
  /** A word or phrase loops in the target. */
  public static final String REPETITION = "repetition";
  /** The target does not read as English. */
  public static final String NOT_ENGLISH = "not-english";
  /** The backend's output must not be used as training data (word-by-word gloss, pseudo). */
  public static final String NOT_FOR_TRAINING = "not-for-training";
  /** An aligned pair ({@code tarjama align}) scores under {@code --min-score}: probably not a translation pair. */
  public static final String LOW_ALIGNMENT = "low-alignment";

  private static final Map<String, String> MEANINGS = Map.of(
      EMPTY, "the translation is empty",
      UNTRANSLATED, "the translation equals the source or is mostly Arabic",
      ARABIC_IN_TARGET, "Arabic letters are left in the translation",
      LENGTH_RATIO, "the translation is far longer or shorter than Arabic→English usually is",
      NUMBERS, "a number of the source is missing from the translation",
      REPETITION, "a word or phrase loops in the translation",
      NOT_ENGLISH, "the translation does not read as English",
      NOT_FOR_TRAINING, "the backend's output is not fit for training data",
      LOW_ALIGNMENT, "the two sentences align poorly: probably not translations of each other");

  private Flags() {
  }

  /** What a flag means, in one line for people; empty for flags this check does not raise. */
  public static String meaning(String flag) {
    return MEANINGS.getOrDefault(flag, "");
  }
}

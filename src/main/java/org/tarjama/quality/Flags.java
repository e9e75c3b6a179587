package org.tarjama.quality;

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

  private Flags() {
  }
}

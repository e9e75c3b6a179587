package org.tarjama.io;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The decoded text files of a first pass over a batch (the template pass), kept for the second pass so it reads
 * and decodes them only once; bounded, since a batch may be far bigger than the memory: a file that would take the
 * total over {@code maxChars} is not kept and is read again.
 */
public final class KeptTexts {

  private final long maxChars;
  private final Map<InputFile, DecodedText> kept = new HashMap<>();
  private long chars;

  public KeptTexts(long maxChars) {
    if (maxChars < 0) throw new IllegalArgumentException("maxChars must be at least 0, got " + maxChars);
    this.maxChars = maxChars;
  }

  /** Keeps {@code text} of {@code file} if it fits under the bound. */
  synchronized void keep(InputFile file, DecodedText text) {
    int length = text.text().length();
    if (chars + length > maxChars || kept.containsKey(file)) return;
    kept.put(file, text);
    chars += length;
  }

  /** The text kept for {@code file}, given up by this store; null when it was not kept. */
  synchronized @Nullable DecodedText take(InputFile file) {
    DecodedText text = kept.remove(file);
    if (text != null) chars -= text.text().length();
    return text;
  }

  /** How many chars are kept now. */
  public synchronized long chars() {
    return chars;
  }
}

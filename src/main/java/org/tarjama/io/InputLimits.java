package org.tarjama.io;

/**
 * How big one input may be, so that memory stays bounded whatever the input's shape: a file over
 * {@code maxBytes}, or with a line over {@code maxLineChars} characters, is skipped with the reason
 * instead of being read into memory.
 */
public record InputLimits(long maxBytes, int maxLineChars) {

  /** 8 MiB is hundreds of times a long news article; 100,000 characters is a very long paragraph. */
  public static final InputLimits DEFAULT = new InputLimits(8L << 20, 100_000);

  public InputLimits {
    if (maxBytes < 1 || maxLineChars < 1) throw new IllegalArgumentException("input limits must be positive");
    if (maxBytes > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("one input is read into one array: at most 2 GB");
  }
}

package org.tarjama.io;

/**
 * How big one input may be, so that memory stays bounded whatever the input's shape: a file over
 * {@code maxBytes}, or with a line over {@code maxLineChars} characters, is skipped with the reason
 * instead of being read into memory.
 */
public record InputLimits(long maxBytes, int maxLineChars) {

  /** 8 MiB is hundreds of times a long news article; 100,000 characters is a very long paragraph. */
  public static final InputLimits DEFAULT = new InputLimits(8L << 20, 100_000);

  /** Why a file of {@code size} bytes (a number, or ">N" when only a bound is known) is skipped; any driver says the same. */
  public String tooLarge(String size) {
    return "file too large: " + size + " bytes, over the limit of " + maxBytes
        + " bytes for one article; split it into articles (one file each)";
  }

  public InputLimits {
    if (maxBytes < 1 || maxLineChars < 1) throw new IllegalArgumentException("input limits must be positive");
    if (maxBytes > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("one input is read into one array: at most 2 GB");
  }
}

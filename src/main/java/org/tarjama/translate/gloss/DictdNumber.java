package org.tarjama.translate.gloss;

/**
 * Offsets and lengths in a dictd {@code .index}: a number written in base 64 with the digits
 * {@code A-Z a-z 0-9 + /} (most significant first, no padding), so {@code "B"} is 1 and {@code "BA"} is 64.
 */
final class DictdNumber {

  private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private DictdNumber() {
  }

  static long decode(String text) {
    if (text.isEmpty() || text.length() > 10) {
      throw new IllegalArgumentException("not a dictd number: '" + text + "'");
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      int digit = DIGITS.indexOf(text.charAt(i));
      if (digit < 0) throw new IllegalArgumentException("not a dictd number: '" + text + "'");
      value = value * 64 + digit;
    }
    return value;
  }

  static String encode(long value) {
    if (value < 0) throw new IllegalArgumentException("negative dictd number: " + value);
    StringBuilder out = new StringBuilder();
    do {
      out.append(DIGITS.charAt((int) (value % 64)));
      value /= 64;
    } while (value > 0);
    return out.reverse().toString();
  }
}

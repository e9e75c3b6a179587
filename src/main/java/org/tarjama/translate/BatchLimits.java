package org.tarjama.translate;

import java.util.List;

/**
 * What one request to a backend may carry: items, characters (code points) summed, UTF-8 bytes summed,
 * and code points per item. {@link #UNLIMITED} stands for no limit. {@code oneArticlePerRequest}: a request
 * holds the sentences of one article only, in order (LLM backends, which read the request as one text).
 */
public record BatchLimits(int maxItems, int maxChars, int maxBytes, int maxItemChars, boolean oneArticlePerRequest) {

  public static final int UNLIMITED = Integer.MAX_VALUE;

  public BatchLimits {
    if (maxItems < 1 || maxChars < 1 || maxBytes < 1 || maxItemChars < 1) {
      throw new IllegalArgumentException("batch limits must be positive");
    }
  }

  public BatchLimits(int maxItems, int maxChars, int maxBytes, int maxItemChars) {
    this(maxItems, maxChars, maxBytes, maxItemChars, false);
  }

  /** These limits, with requests that never mix two articles' sentences. */
  public BatchLimits withOneArticlePerRequest() {
    return new BatchLimits(maxItems, maxChars, maxBytes, maxItemChars, true);
  }

  public static BatchLimits items(int maxItems) {
    return new BatchLimits(maxItems, UNLIMITED, UNLIMITED, UNLIMITED);
  }

  public static BatchLimits unlimited() {
    return new BatchLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);
  }

  public static int chars(String text) {
    return text.codePointCount(0, text.length());
  }

  public static int bytes(String text) {
    // counted without encoding: the engine measures every sentence it packs
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        n += 4;
        i++;
      } else if (Character.isSurrogate(c)) n += 1; // a lone surrogate is encoded as '?'
      else n += 3;
    }
    return n;
  }

  /** Whether {@code batch} fits in one request. */
  public boolean fits(List<TranslationItem> batch) {
    if (batch.size() > maxItems) return false;
    long chars = 0;
    long bytes = 0;
    for (TranslationItem item : batch) {
      int c = chars(item.text());
      if (c > maxItemChars) return false;
      chars += c;
      bytes += bytes(item.text());
    }
    return chars <= maxChars && bytes <= maxBytes;
  }

  private static String describe(int n) {
    return n == UNLIMITED ? "unlimited" : Integer.toString(n);
  }

  @Override
  public String toString() {
    return "items " + describe(maxItems) + ", characters " + describe(maxChars) + ", bytes "
        + describe(maxBytes) + ", characters per item " + describe(maxItemChars)
        + (oneArticlePerRequest ? ", one article a request" : "");
  }
}

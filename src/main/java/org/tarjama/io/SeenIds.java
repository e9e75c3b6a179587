package org.tarjama.io;

import java.nio.charset.StandardCharsets;

/**
 * The article ids given so far in a run, so a repeated id becomes {@code id-2}, {@code id-3}. Holds 64-bit
 * hashes in an open-addressing table (16 bytes an article at most), so millions of JSONL records stay small.
 */
public final class SeenIds {

  private long[] table = new long[1024];
  private int size;

  /** {@code id} if not seen before, else the first of {@code id-2}, {@code id-3}, … not seen; either way now seen. */
  public String unique(String id) {
    if (add(hash(id))) return id;
    for (int n = 2; ; n++) {
      String candidate = id + "-" + n;
      if (add(hash(candidate))) return candidate;
    }
  }

  private boolean add(long hash) {
    if (hash == 0) hash = 1;  // 0 marks an empty slot
    if (size * 2 >= table.length) grow();
    int mask = table.length - 1;
    for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (table[i] == 0) {
        table[i] = hash;
        size++;
        return true;
      }
      if (table[i] == hash) return false;
    }
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    size = 0;
    for (long h : old) if (h != 0) add(h);
  }

  // FNV-1a over UTF-8: a clash of two different ids in 64 bits is far rarer than a typo in the data
  private static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    // ignoring case: ids that differ only in case would share an article file on a case-insensitive file system
    for (byte b : id.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    return h;
  }
}

package org.tarjama.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.tarjama.model.Repair;

/**
 * Decodes bytes in one charset, replacing each run of bytes that do not decode by U+FFFD and noting where it was
 * (line and byte offset), so a file with a stray byte is read with one visible hole instead of being refused.
 */
final class LenientDecoding {

  /** A file with more bad spots than this lists the first ones and counts the rest. */
  static final int MAX_LISTED = 20;

  /** The decoded text, its repairs, and how many bytes did not decode. */
  record Result(String text, List<Repair> repairs, long badBytes) {
  }

  private LenientDecoding() {
  }

  /**
   * Decodes {@code bytes[from..]}; {@code toFileOffset} maps an index in {@code bytes} to the offset in the file
   * (they differ when NUL bytes were taken out first).
   */
  static Result decode(byte[] bytes, int from, Charset charset, LongUnaryOperator toFileOffset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      // the JDK's own decoding is much faster; it replaces bad bytes by U+FFFD, so without one the bytes were all good
      String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) return new Result(text, List.of(), 0);
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate((int) ((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 2);
    Spots spots = new Spots(charset.name(), toFileOffset, bytes.length);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        spots.add(bytes, in.position(), result.length(), out);
        out.put('\uFFFD');
        in.position(in.position() + result.length());
      } else if (result.isOverflow()) {
        out = grow(out);
      } else {
        break;
      }
    }
    decoder.flush(out);
    out.flip();
    return new Result(out.toString(), spots.repairs(), spots.badBytes);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    return bigger.put(out);
  }

  /** The bad spots found so far, adjacent ones merged, with the line each is on. */
  private static final class Spots {
    private final String charset;
    private final LongUnaryOperator toFileOffset;
    private final int end;
    private final List<Repair> listed = new ArrayList<>();
    private long badBytes;
    private long spots;
    private int line = 1;
    private int scanned;
    private int lastEnd = -1;
    private int runStart;
    private int runLength;

    Spots(String charset, LongUnaryOperator toFileOffset, int end) {
      this.charset = charset;
      this.toFileOffset = toFileOffset;
      this.end = end;
    }

    void add(byte[] bytes, int at, int length, CharBuffer decodedSoFar) {
      badBytes += length;
      for (; scanned < decodedSoFar.position(); scanned++) {
        if (decodedSoFar.get(scanned) == '\n') line++;
      }
      if (at == lastEnd) {
        runLength += length;
        if (spots <= MAX_LISTED) listed.set(listed.size() - 1, describe(bytes, runStart, runLength));
      } else {
        spots++;
        runStart = at;
        runLength = length;
        if (spots <= MAX_LISTED) listed.add(describe(bytes, at, length));
      }
      lastEnd = at + length;
    }

    private Repair describe(byte[] bytes, int at, int length) {
      String hex = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes, at, at + Math.min(length, 8))
          + (length > 8 ? " …" : "");
      String what = at + length == end
          ? charset + " character cut off at the end of the file (bytes " + hex + ") replaced by U+FFFD"
          : "invalid " + charset + " bytes " + hex + " replaced by U+FFFD";
      return new Repair(line, toFileOffset.applyAsLong(at), what);
    }

    List<Repair> repairs() {
      if (spots <= MAX_LISTED) return listed;
      List<Repair> all = new ArrayList<>(listed);
      Repair last = listed.get(listed.size() - 1);
      all.add(new Repair(last.line(), last.byteOffset(), "and " + (spots - MAX_LISTED)
          + " more places with invalid " + charset + " bytes (" + badBytes + " bad bytes in all), not listed"));
      return all;
    }
  }
}

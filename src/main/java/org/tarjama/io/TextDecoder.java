package org.tarjama.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tarjama.model.Repair;

/**
 * Decodes an input's bytes without ever garbling them: UTF-8 (with or without BOM, a few invalid bytes replaced by
 * U+FFFD and reported), UTF-16 with or without BOM, and Windows-1256 or ISO-8859-6 only when the bytes as a whole
 * are not UTF-8 (most of their non-ASCII bytes invalid) and read as real Arabic in that encoding. NUL bytes in
 * otherwise good text are removed and reported. Empty, binary and undecodable inputs are refused with a reason.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  /** UTF-8 is kept while fewer than this share of the non-ASCII bytes are invalid; a legacy file has nearly all. */
  private static final double MAX_INVALID_UTF8 = 0.5;
  /** UTF-16 without BOM: NUL and control bytes must be this common, and the decoded text this ordinary. */
  private static final double MIN_UTF16_NULS = 0.02;
  private static final double MIN_UTF16_TEXT_LIKE = 0.8; // random bytes as UTF-16 are mostly CJK and unassigned
  private static final double MIN_ARABIC_SHARE = 0.5;

  private TextDecoder() {
  }

  public static DecodedText decode(byte[] bytes) throws UnreadableInputException {
    if (bytes.length == 0) throw new UnreadableInputException("empty file; nothing to translate");
    LowBytes low = LowBytes.of(bytes);
    DecodedText decoded = byByteOrderMark(bytes, low.nuls());
    if (decoded == null) decoded = utf16WithoutMark(bytes, low.controls());
    if (decoded == null) decoded = utf8OrLegacy(bytes, low.nuls());
    if (decoded.text().isBlank()) {
      throw new UnreadableInputException(decoded.repairs().isEmpty()
          ? "file holds only white space; nothing to translate"
          : "file holds nothing but white space and bytes that had to be removed (" + decoded.repairs().get(0).what() + ")");
    }
    if (onlyReplacedBytes(decoded.text())) {
      throw new UnreadableInputException("file holds nothing but white space and bytes that could not be decoded"
          + (decoded.repairs().isEmpty() ? " (U+FFFD)" : " (" + decoded.repairs().get(0).what() + ")")
          + "; give a plain-text article");
    }
    // UTF-8 decoded without a repair holds one control char for each control byte: counted already, not scanned for
    boolean binary = decoded.encoding().equals("UTF-8") && decoded.repairs().isEmpty()
        ? low.textControls() > 0 && low.textControls() * 100L > decoded.text().length()
        : looksBinary(decoded.text());
    if (binary) {
      throw new UnreadableInputException("binary file (control characters in " + decoded.encoding()
          + " text); give a plain-text article");
    }
    return decoded;
  }

  private static @Nullable DecodedText byByteOrderMark(byte[] b, int nuls) {
    if (startsWithUtf8Mark(b)) {
      // trusted whatever its bad bytes: never read as a legacy encoding
      return Utf8Reading.of(b, nuls).decoded();
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return utf16UnlessDamagedUtf8(b, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return utf16UnlessDamagedUtf8(b, StandardCharsets.UTF_16BE);
    }
    return null;
  }

  private static boolean startsWithUtf8Mark(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /**
   * A UTF-16 mark is trusted unless the text after it is not UTF-16 text but is UTF-8 text: then the two bytes were
   * damage at the start of a UTF-8 file (null, so the file is read as if they were not a mark).
   */
  private static @Nullable DecodedText utf16UnlessDamagedUtf8(byte[] b, Charset order) {
    DecodedText utf16 = utf16(b, 2, order);
    if (ArabicShape.textLikeShare(utf16.text()) >= MIN_UTF16_TEXT_LIKE) return utf16;
    String asUtf8 = new String(b, 2, b.length - 2, StandardCharsets.UTF_8);
    return ArabicShape.textLikeShare(asUtf8) >= MIN_UTF16_TEXT_LIKE ? null : utf16;
  }

  /**
   * UTF-16 without a BOM: many NUL or control bytes (the high byte of ASCII is 0x00, of Arabic 0x06), and one byte
   * order gives ordinary text.
   */
  private static @Nullable DecodedText utf16WithoutMark(byte[] b, long controls) {
    if (b.length < 4 || controls < b.length * MIN_UTF16_NULS) {
      return null;
    }
    DecodedText best = null;
    double bestShare = MIN_UTF16_TEXT_LIKE;
    for (Charset order : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      DecodedText candidate = utf16(b, 0, order);
      double share = ArabicShape.textLikeShare(candidate.text());
      if (share >= bestShare) {
        best = candidate;
        bestShare = share;
      }
    }
    return best;
  }

  private static DecodedText utf16(byte[] b, int from, Charset order) {
    LenientDecoding.Result r = LenientDecoding.decode(b, from, order, i -> i);
    List<Repair> repairs = new ArrayList<>(r.repairs());
    String text = r.text();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      long removed = text.chars().filter(c -> c == 0).count();
      repairs.add(new Repair(lineOf(text, nul), from + 2L * nul, removed + " NUL characters removed"));
      text = text.replace("\0", "");
    }
    return new DecodedText(text, order.name(), repairs);
  }

  private static DecodedText utf8OrLegacy(byte[] original, int nuls) throws UnreadableInputException {
    Utf8Reading utf8 = Utf8Reading.of(original, nuls);
    byte[] b = utf8.nulFree().bytes();
    List<Repair> nulRepairs = utf8.nulRepairs();
    long badBytes = utf8.result().badBytes();
    // the non-ASCII bytes are only counted when some were bad
    if (badBytes == 0 || badBytes < count(b, Byte.MIN_VALUE, (byte) -1) * MAX_INVALID_UTF8) {
      DecodedText decoded = utf8.decoded();
      if (!ArabicShape.nonsense(decoded.text())) return decoded;
      ArabicShape.Counts shape = ArabicShape.of(decoded.text());
      DecodedText legacy = legacy(b, nulRepairs);
      if (legacy == null) throw nonsense(shape);
      return legacy;
    }
    if (!nulRepairs.isEmpty()) {
      // NULs are forgiven in good UTF-8 text only; with invalid bytes besides, it is a binary file
      throw new UnreadableInputException("binary file (NUL bytes and invalid UTF-8, not UTF-16); give a plain-text article");
    }
    DecodedText legacy = legacy(b, nulRepairs);
    if (legacy != null) return legacy;
    String guess = new String(b, WINDOWS_1256);
    ArabicShape.Counts shape = ArabicShape.of(guess);
    if (shape.arabicWords() > 0 && looksArabic(guess)) throw nonsense(shape);
    if (looksBinary(guess)) throw new UnreadableInputException("binary file (not text in UTF-8, UTF-16, Windows-1256"
        + " or ISO-8859-6); give a plain-text article");
    throw new UnreadableInputException("not UTF-8, UTF-16, Windows-1256 or ISO-8859-6; convert it to UTF-8"
        + " (for example: iconv -f ENCODING -t UTF-8 FILE)");
  }

  /** Windows-1256 or ISO-8859-6, whichever reads as real Arabic with fewer garbled words; null if neither does. */
  private static @Nullable DecodedText legacy(byte[] b, List<Repair> nulRepairs) {
    DecodedText best = null;
    double bestGarbled = Double.MAX_VALUE;
    for (Charset charset : List.of(WINDOWS_1256, ISO_8859_6)) {
      String text = LenientDecoding.decode(b, 0, charset, i -> i).text();
      ArabicShape.Counts shape = ArabicShape.of(text);
      if (!looksArabic(text) || shape.nonsense()) continue;
      if (shape.garbledShare() < bestGarbled) {
        best = new DecodedText(text, charset.name(), nulRepairs);
        bestGarbled = shape.garbledShare();
      }
    }
    return best;
  }

  private static UnreadableInputException nonsense(ArabicShape.Counts shape) {
    return new UnreadableInputException("undecodable: reads as Arabic-script nonsense in UTF-8, Windows-1256 and"
        + " ISO-8859-6 (" + shape.garbledWords() + " of " + shape.arabicWords() + " Arabic words garbled; text that"
        + " was decoded in the wrong encoding and saved again?); find the original file or convert it with iconv");
  }

  private static boolean looksArabic(String text) {
    return arabicShare(text) >= MIN_ARABIC_SHARE;
  }

  static double arabicShare(String text) {
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (ArabicShape.isArabicLetter(c)) arabic++;
      }
    }
    return letters == 0 ? 0 : (double) arabic / letters;
  }

  /** Nothing but white space and U+FFFD: no character of the article survived, so there is nothing to translate. */
  private static boolean onlyReplacedBytes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\uFFFD' && !Character.isWhitespace(c)) return false;
    }
    return true;
  }

  private static boolean looksBinary(String text) {
    int controls = 0;
    for (char c : text.toCharArray()) {
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
    }
    return controls > 0 && controls * 100 > text.length();
  }

  /** The bytes read as UTF-8 (after a byte-order mark, even one behind stray NULs), NULs taken out and reported. */
  private record Utf8Reading(NulFree nulFree, List<Repair> nulRepairs, LenientDecoding.Result result) {

    static Utf8Reading of(byte[] original, int nuls) {
      NulFree nulFree = NulFree.of(original, nuls);
      int from = startsWithUtf8Mark(nulFree.bytes()) ? 3 : 0;
      return new Utf8Reading(nulFree, nulFree.repairs(original),
          LenientDecoding.decode(nulFree.bytes(), from, StandardCharsets.UTF_8, nulFree::fileOffset));
    }

    DecodedText decoded() {
      List<Repair> repairs = new ArrayList<>(nulRepairs);
      repairs.addAll(result.repairs());
      return new DecodedText(result.text(), "UTF-8", repairs);
    }
  }

  /**
   * The NUL bytes, the control bytes UTF-16 text is full of (0x00–0x08, 0x0E–0x1F), and the control bytes
   * {@link #looksBinary} counts in text (below 0x20 but tab, line feed, form feed and carriage return), in one pass.
   */
  private record LowBytes(int nuls, long controls, long textControls) {

    static LowBytes of(byte[] b) {
      int nuls = 0;
      long controls = 0;
      long textControls = 0;
      for (byte x : b) {
        if (x >= 0 && x < 0x20) {
          if (x == 0) nuls++;
          if (x <= 0x08 || x >= 0x0E) controls++;
          if (x != '\n' && x != '\r' && x != '\t' && x != '\f') textControls++;
        }
      }
      return new LowBytes(nuls, controls, textControls);
    }
  }

  private static long count(byte[] b, byte min, byte max) {
    long n = 0;
    for (byte x : b) if (x >= min && x <= max) n++;
    return n;
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) if (text.charAt(i) == '\n') line++;
    return line;
  }

  /** The bytes with NULs taken out, remembering where they were so offsets still point into the file. */
  private static final class NulFree {

    private final byte[] bytes;
    private final long[] removedAt;

    private NulFree(byte[] bytes, long[] removedAt) {
      this.bytes = bytes;
      this.removedAt = removedAt;
    }

    byte[] bytes() {
      return bytes;
    }

    static NulFree of(byte[] original, int nuls) {
      if (nuls == 0) return new NulFree(original, new long[0]);
      byte[] kept = new byte[original.length - nuls];
      long[] at = new long[nuls];
      int k = 0;
      int r = 0;
      for (int i = 0; i < original.length; i++) {
        if (original[i] == 0) at[r++] = i;
        else kept[k++] = original[i];
      }
      return new NulFree(kept, at);
    }

    long fileOffset(long index) {
      // kept byte `index` sits after every NUL j with removedAt[j] - j <= index (non-decreasing in j)
      int lo = 0;
      int hi = removedAt.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (removedAt[mid] - mid <= index) lo = mid + 1;
        else hi = mid;
      }
      return index + lo;
    }

    /** One repair per run of NULs, the first {@link LenientDecoding#MAX_LISTED} listed. */
    List<Repair> repairs(byte[] original) {
      List<Repair> repairs = new ArrayList<>();
      if (removedAt.length == 0) return repairs;
      int line = 1;
      int runs = 0;
      int i = 0;
      while (i < original.length) {
        if (original[i] == '\n') line++;
        if (original[i] != 0) {
          i++;
          continue;
        }
        int start = i;
        while (i < original.length && original[i] == 0) i++;
        if (++runs <= LenientDecoding.MAX_LISTED) {
          repairs.add(new Repair(line, start, (i - start) + (i - start == 1 ? " NUL byte removed" : " NUL bytes removed")));
        }
      }
      if (runs > LenientDecoding.MAX_LISTED) {
        Repair last = repairs.get(repairs.size() - 1);
        repairs.add(new Repair(last.line(), last.byteOffset(), "and " + (runs - LenientDecoding.MAX_LISTED)
            + " more runs of NUL bytes (" + removedAt.length + " NUL bytes in all) removed, not listed"));
      }
      return repairs;
    }
  }
}

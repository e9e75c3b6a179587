package org.tarjama.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Repairs Arabic text whose bytes were decoded with the wrong Western code page: Windows-1256 read as
 * Windows-1252 or Latin-1 ({@code ÞÇá ÇáÑÆíÓ} → {@code قال الرئيس}), and UTF-8 read the same way
 * ({@code Ù‚Ø§Ù„} → {@code قال}). A line is only touched when it has no Arabic letters, most of its letters
 * are accented Latin, and the re-decoded text is mostly Arabic.
 */
final class MojibakeRepair {

  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final Charset CP1256 = Charset.forName("windows-1256");
  private static final char[] HIGH_1252 = highHalf(CP1252);
  private static final int MIN_SUSPECTS = 3;

  private MojibakeRepair() {
  }

  static String repair(String line) {
    int suspects = 0;
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') return line;
      if (Character.isLetter(c)) letters++;
      if (c >= '\u00C0' && c <= '\u00FF') suspects++;
    }
    if (suspects < MIN_SUSPECTS || suspects * 2 < letters) return line;
    // A byte 1252 does not define came out as U+FFFD; in UTF-8 Arabic it is most often 0x81 (ف، ء).
    byte[] utf8Bytes = asBytes(line, 0x81);
    String utf8 = utf8Bytes == null ? null : strictUtf8(utf8Bytes);
    if (utf8 != null && mostlyArabic(utf8)) return utf8;
    byte[] bytes = asBytes(line, '?');
    String arabic = bytes == null ? line : new String(bytes, CP1256);
    return mostlyArabic(arabic) ? arabic : line;
  }

  /**
   * The bytes a Windows-1252 (or Latin-1) decoder turned into {@code line}, or null if it cannot have;
   * a byte the decoder replaced with U+FFFD is lost and comes back as {@code lost}.
   */
  private static byte @Nullable [] asBytes(String line, int lost) {
    byte[] bytes = new byte[line.length()];
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      int b = c <= 0xFF ? c : c == '\uFFFD' ? lost : highByte(c);
      if (b < 0) return null;
      bytes[i] = (byte) b;
    }
    return bytes;
  }

  /** Windows-1252 puts typographic characters (€ … ‘ ’ “ ” – —) at bytes 0x80–0x9F. */
  private static int highByte(char c) {
    for (int b = 0; b < 0x20; b++) {
      if (HIGH_1252[b] == c) return 0x80 + b;
    }
    return -1;
  }

  private static @Nullable String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean mostlyArabic(String text) {
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (c >= '\u0600' && c <= '\u06FF') arabic++;
    }
    return letters > 0 && arabic * 10 >= letters * 7;
  }

  private static char[] highHalf(Charset charset) {
    byte[] bytes = new byte[0x20];
    for (int b = 0; b < bytes.length; b++) bytes[b] = (byte) (0x80 + b);
    return new String(bytes, charset).toCharArray();
  }
}

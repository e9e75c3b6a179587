package org.tarjama.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decodes an input's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise Windows-1256 or
 * ISO-8859-6 as ICU's detector recognises them. Empty, binary and undecodable inputs are refused with a reason.
 */
public final class TextDecoder {

  private static final Set<String> ARABIC_LEGACY = Set.of("windows-1256", "ISO-8859-6");
  private static final double MIN_ARABIC_SHARE = 0.5;

  private TextDecoder() {
  }

  public static DecodedText decode(byte[] bytes) throws UnreadableInputException {
    if (bytes.length == 0) throw new UnreadableInputException("empty file; nothing to translate");
    DecodedText decoded = decodeByBomOrUtf8(bytes);
    if (decoded == null) decoded = decodeLegacyArabic(bytes);
    if (decoded.text().isBlank()) throw new UnreadableInputException("file holds only white space; nothing to translate");
    if (looksBinary(decoded.text())) {
      throw new UnreadableInputException("binary file (control characters in " + decoded.encoding()
          + " text); give a plain-text article");
    }
    return decoded;
  }

  private static @Nullable DecodedText decodeByBomOrUtf8(byte[] b) throws UnreadableInputException {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new DecodedText(strict(b, 3, StandardCharsets.UTF_8, "UTF-8 with BOM"), "UTF-8");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new DecodedText(strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new DecodedText(strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
    }
    for (byte x : b) {
      if (x == 0) throw new UnreadableInputException("binary file (contains NUL bytes, no UTF-16 byte-order mark)");
    }
    try {
      return new DecodedText(decodeStrict(b, 0, StandardCharsets.UTF_8), "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }

  private static DecodedText decodeLegacyArabic(byte[] bytes) throws UnreadableInputException {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      if (ARABIC_LEGACY.contains(match.getName())) {
        return new DecodedText(new String(bytes, Charset.forName(match.getName())), match.getName());
      }
    }
    // ICU needs enough text to be sure; short Arabic files are still mostly Arabic letters in 1256.
    String guess = new String(bytes, Charset.forName("windows-1256"));
    if (arabicShare(guess) >= MIN_ARABIC_SHARE) return new DecodedText(guess, "windows-1256");
    throw new UnreadableInputException("not UTF-8, UTF-16 with BOM, Windows-1256 or ISO-8859-6; convert it to UTF-8"
        + " (for example: iconv -f ENCODING -t UTF-8 FILE)");
  }

  private static String strict(byte[] b, int offset, Charset charset, String what) throws UnreadableInputException {
    try {
      return decodeStrict(b, offset, charset);
    } catch (CharacterCodingException e) {
      throw new UnreadableInputException("invalid " + what + " (byte-order mark present but bytes do not decode)");
    }
  }

  private static String decodeStrict(byte[] b, int offset, Charset charset) throws CharacterCodingException {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(b, offset, b.length - offset))
        .toString();
  }

  static double arabicShare(String text) {
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) arabic++;
      }
    }
    return letters == 0 ? 0 : (double) arabic / letters;
  }

  private static boolean looksBinary(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
    }
    return controls > 0 && controls * 100 > text.length();
  }
}

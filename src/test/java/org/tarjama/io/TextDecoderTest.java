package org.tarjama.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String ARABIC = "وقع النظام السوري اتفاقية عسكرية مع إيران، بحسب وسائل إعلام إيرانية.";

  @Test
  void plainUtf8IsDecodedAsUtf8() throws Exception {
    DecodedText d = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8));
    assertEquals(ARABIC, d.text());
    assertEquals("UTF-8", d.encoding());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws Exception {
    byte[] body = ARABIC.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    DecodedText d = TextDecoder.decode(bytes);
    assertEquals(ARABIC, d.text());
    assertEquals("UTF-8", d.encoding());
  }

  @Test
  void utf16WithByteOrderMarkIsDecodedInBothByteOrders() throws Exception {
    // Java's "UTF-16" encoder writes a big-endian BOM.
    DecodedText be = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_16));
    assertEquals(ARABIC, be.text());
    assertEquals("UTF-16BE", be.encoding());
    byte[] le = ARABIC.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    DecodedText d = TextDecoder.decode(withBom);
    assertEquals(ARABIC, d.text());
    assertEquals("UTF-16LE", d.encoding());
  }

  @Test
  void windows1256IsDetectedAndDecoded() throws Exception {
    DecodedText d = TextDecoder.decode(ARABIC.getBytes(Charset.forName("windows-1256")));
    assertEquals(ARABIC, d.text());
    assertEquals("windows-1256", d.encoding());
  }

  @Test
  void shortWindows1256TextIsStillRecognised() throws Exception {
    DecodedText d = TextDecoder.decode("قال الأسد".getBytes(Charset.forName("windows-1256")));
    assertEquals("قال الأسد", d.text());
  }

  @Test
  void emptyFileIsRefused() {
    UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(new byte[0]));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void whiteSpaceOnlyFileIsRefused() {
    UnreadableInputException e = assertThrows(UnreadableInputException.class,
        () -> TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("white space"), e.getMessage());
  }

  @Test
  void binaryFileWithNulBytesIsRefused() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(png));
    assertTrue(e.getMessage().startsWith("binary file"), e.getMessage());
  }

  @Test
  void latinOneGarbageIsRefusedWithAConversionHint() {
    byte[] bytes = "Ã©tÃ© Ã  Paris, naÃ¯ve cafÃ©".getBytes(Charset.forName("ISO-8859-1"));
    bytes[0] = (byte) 0xC3;
    bytes[1] = (byte) 0x28; // invalid UTF-8 continuation
    UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(bytes));
    assertTrue(e.getMessage().contains("iconv"), e.getMessage());
  }
}

package org.tarjama.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tarjama.FuzzInputs;
import org.tarjama.model.Repair;

class DecoderPropertiesTest {

  @Provide
  Arbitrary<byte[]> anyBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
  }

  @Provide
  Arbitrary<byte[]> mutatedSeeds() {
    return FuzzInputs.mutatedSeedBytes();
  }

  @Provide
  Arbitrary<String> mutatedSeedTexts() {
    return FuzzInputs.mutatedSeedText();
  }

  /** Decoding either gives text or refuses with a reason; repairs point inside the file. */
  private static void decodesOrRefuses(byte[] bytes) {
    try {
      DecodedText decoded = TextDecoder.decode(bytes);
      assertFalse(decoded.text().isBlank());
      assertEquals(-1, decoded.text().indexOf('\0'), "NULs are removed");
      for (Repair r : decoded.repairs()) {
        assertTrue(r.byteOffset() >= 0 && r.byteOffset() < bytes.length, r.toString());
        assertTrue(r.line() >= 1, r.toString());
      }
    } catch (UnreadableInputException refused) {
      assertFalse(refused.getMessage().isBlank());
    }
  }

  @Property
  void anyBytesDecodeOrAreRefusedWithAReason(@ForAll("anyBytes") byte[] bytes) {
    decodesOrRefuses(bytes);
  }

  @Property
  void mutatedSeedsDecodeOrAreRefusedWithAReason(@ForAll("mutatedSeeds") byte[] bytes) {
    decodesOrRefuses(bytes);
  }

  @Property
  void aFewBadBytesInAUtf8SeedNeverTurnItIntoALegacyEncoding(@ForAll("mutatedSeeds") byte[] bytes) throws Exception {
    Assume.that(bytes.length > 1000); // not cut down to a few characters
    DecodedText decoded = TextDecoder.decode(bytes);
    assertEquals("UTF-8", decoded.encoding());
    String text = decoded.text();
    assertTrue(TextDecoder.arabicShare(text) > 0.5, text);
  }

  @Property
  void utf8TextReadsBackExactlyExceptNuls(@ForAll("mutatedSeedTexts") String text) throws Exception {
    String expected = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).replace("\0", "")
        .replaceFirst("^\uFEFF", ""); // a leading U+FEFF is a byte-order mark when encoded
    DecodedText decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, decoded.text());
  }

  @Property
  void seedTextReadsBackExactlyFromUtf16WithoutByteOrderMark(@ForAll("mutatedSeedTexts") String text)
      throws Exception {
    String clean = text.codePoints().filter(c -> c >= 0x20 && c < 0xD800 || c == '\n' || c > 0xFFFF)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
        .replaceFirst("^\uFEFF", ""); // a leading U+FEFF is a byte-order mark when encoded
    for (Charset charset : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      assertEquals(clean, TextDecoder.decode(clean.getBytes(charset)).text(), charset.name());
    }
  }
}

package org.tarjama.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tarjama.model.Repair;

class TextDecoderTest {

  private static final String ARABIC = "وقع النظام السوري اتفاقية عسكرية مع إيران، بحسب وسائل إعلام إيرانية.";
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  static List<Path> seeds() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      return files.sorted().toList();
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  @Test
  void plainUtf8IsDecodedAsUtf8() throws Exception {
    DecodedText d = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8));
    assertEquals(ARABIC, d.text());
    assertEquals("UTF-8", d.encoding());
    assertEquals(List.of(), d.repairs());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws Exception {
    DecodedText d = TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        ARABIC.getBytes(StandardCharsets.UTF_8)));
    assertEquals(ARABIC, d.text());
    assertEquals("UTF-8", d.encoding());
  }

  @Test
  void utf16WithByteOrderMarkIsDecodedInBothByteOrders() throws Exception {
    // Java's "UTF-16" encoder writes a big-endian BOM.
    DecodedText be = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_16));
    assertEquals(ARABIC, be.text());
    assertEquals("UTF-16BE", be.encoding());
    DecodedText d = TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(ARABIC, d.text());
    assertEquals("UTF-16LE", d.encoding());
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedInBothByteOrders() throws Exception {
    for (Path seed : seeds()) {
      String text = Files.readString(seed);
      DecodedText le = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
      assertEquals(text, le.text(), seed.toString());
      assertEquals("UTF-16LE", le.encoding());
      DecodedText be = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE));
      assertEquals(text, be.text(), seed.toString());
      assertEquals("UTF-16BE", be.encoding());
    }
  }

  @Test
  void arabicWithoutAnyAsciiIsRecognisedAsUtf16WithoutByteOrderMark() throws Exception {
    // no space, so no NUL byte: every other byte is 0x06, the high byte of the Arabic block
    for (Charset order : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      DecodedText d = TextDecoder.decode("قال".getBytes(order));
      assertEquals("قال", d.text());
      assertEquals(order.name(), d.encoding());
    }
  }

  @Test
  void windows1256IsDetectedAndDecoded() throws Exception {
    DecodedText d = TextDecoder.decode(ARABIC.getBytes(WINDOWS_1256));
    assertEquals(ARABIC, d.text());
    assertEquals("windows-1256", d.encoding());
  }

  @Test
  void everySeedSavedAsWindows1256IsReadBackExactly() throws Exception {
    for (Path seed : seeds()) {
      String text = Files.readString(seed).replace("…", "...").replace("–", "-"); // 1256 has both, but keep it plain
      DecodedText d = TextDecoder.decode(text.getBytes(WINDOWS_1256));
      assertEquals("windows-1256", d.encoding(), seed.toString());
      assertEquals(text, d.text(), seed.toString());
    }
  }

  @Test
  void iso88596IsDetectedWhereWindows1256WouldGarbleTheWords() throws Exception {
    String text = "قال الرئيس في المؤتمر إن القوات ستبقى في المنطقة حتى نهاية العام";
    DecodedText d = TextDecoder.decode(text.getBytes(Charset.forName("ISO-8859-6")));
    assertEquals("ISO-8859-6", d.encoding());
    assertEquals(text, d.text());
  }

  @Test
  void shortWindows1256TextIsStillRecognised() throws Exception {
    DecodedText d = TextDecoder.decode("قال الأسد".getBytes(WINDOWS_1256));
    assertEquals("قال الأسد", d.text());
  }

  @Test
  void utf8WithOneStrayByteIsReadAsUtf8WithTheByteReplacedAndReported() throws Exception {
    String text = Files.readString(Path.of("seeds/000_91a9c68b0668d241.txt"));
    byte[] good = text.getBytes(StandardCharsets.UTF_8);
    int at = text.substring(0, text.indexOf("أعلنت")).getBytes(StandardCharsets.UTF_8).length;
    byte[] bad = concat(Arrays.copyOf(good, at), new byte[] {(byte) 0xA0}, Arrays.copyOfRange(good, at, good.length));
    DecodedText d = TextDecoder.decode(bad);
    assertEquals("UTF-8", d.encoding());
    assertEquals(text.substring(0, text.indexOf("أعلنت")) + "\uFFFD" + text.substring(text.indexOf("أعلنت")), d.text());
    assertEquals(List.of(new Repair(5, at, "invalid UTF-8 bytes A0 replaced by U+FFFD")), d.repairs());
  }

  @Test
  void utf8CutOffInTheMiddleOfACharacterKeepsEveryWholeCharacter() throws Exception {
    String text = Files.readString(Path.of("seeds/001_992054940200dc08.txt")).strip();
    byte[] good = text.getBytes(StandardCharsets.UTF_8);
    byte[] truncated = Arrays.copyOf(good, good.length - 1); // the last letter's second byte lost
    DecodedText d = TextDecoder.decode(truncated);
    assertEquals("UTF-8", d.encoding());
    assertEquals(text.substring(0, text.length() - 1) + "\uFFFD", d.text());
    assertEquals(1, d.repairs().size());
    assertEquals(good.length - 2, d.repairs().get(0).byteOffset());
    assertTrue(d.repairs().get(0).what().contains("cut off at the end of the file"), d.repairs().get(0).what());
  }

  @Test
  void nulBytesInsideGoodTextAreRemovedAndReported() throws Exception {
    byte[] first = "قال الرئيس\n".getBytes(StandardCharsets.UTF_8);
    byte[] rest = "إن القوات ستبقى.".getBytes(StandardCharsets.UTF_8);
    DecodedText d = TextDecoder.decode(concat(first, new byte[] {0, 0, 0}, rest));
    assertEquals("قال الرئيس\nإن القوات ستبقى.", d.text());
    assertEquals("UTF-8", d.encoding());
    assertEquals(List.of(new Repair(2, first.length, "3 NUL bytes removed")), d.repairs());
  }

  @Test
  void invalidByteAfterRemovedNulsIsReportedAtItsOffsetInTheFile() throws Exception {
    byte[] first = "قال\n".getBytes(StandardCharsets.UTF_8);
    byte[] rest = " الرئيس".getBytes(StandardCharsets.UTF_8);
    DecodedText d = TextDecoder.decode(concat(first, new byte[] {0, 0, (byte) 0xFF}, rest));
    assertEquals(new Repair(2, first.length + 2, "invalid UTF-8 bytes FF replaced by U+FFFD"), d.repairs().get(1));
  }

  @Test
  void nulsAfterAUtf8ByteOrderMarkAreRemovedAndReportedAtTheirOffsetInTheFile() throws Exception {
    byte[] first = "\uFEFFقال\n".getBytes(StandardCharsets.UTF_8);
    byte[] rest = "الرئيس".getBytes(StandardCharsets.UTF_8);
    DecodedText d = TextDecoder.decode(concat(first, new byte[] {0, (byte) 0xFF}, rest));
    assertEquals("قال\n\uFFFDالرئيس", d.text());
    assertEquals("UTF-8", d.encoding());
    assertEquals(List.of(new Repair(2, first.length, "1 NUL byte removed"),
        new Repair(2, first.length + 1, "invalid UTF-8 bytes FF replaced by U+FFFD")), d.repairs());
  }

  @Test
  void aUtf8MarkBehindStrayNulsIsStillAMark() throws Exception {
    DecodedText d = TextDecoder.decode(concat(new byte[] {0}, "\uFEFFقال الرئيس".getBytes(StandardCharsets.UTF_8)));
    assertEquals("قال الرئيس", d.text());
    assertEquals(List.of(new Repair(1, 0, "1 NUL byte removed")), d.repairs());
  }

  @Test
  void twoBadBytesLikeAUtf16MarkAtTheStartOfUtf8TextAreDamageNotAMark() throws Exception {
    for (byte[] mark : List.of(new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      DecodedText d = TextDecoder.decode(concat(mark, ARABIC.getBytes(StandardCharsets.UTF_8)));
      assertEquals("UTF-8", d.encoding());
      assertEquals("\uFFFD\uFFFD" + ARABIC, d.text());
      assertEquals(0, d.repairs().get(0).byteOffset());
    }
    // a real mark still wins, Arabic with no ASCII at all included
    for (Charset order : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] mark = order == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
      assertEquals(order.name(), TextDecoder.decode(concat(mark, "قال".getBytes(order))).encoding());
    }
  }

  @Test
  void manyBadSpotsAreListedUpToALimitAndCounted() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 30; i++) text.append("قال الرئيس إن القوات ستبقى في المنطقة\u0001\n");
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) if (bytes[i] == 1) bytes[i] = (byte) 0xFF;
    DecodedText d = TextDecoder.decode(bytes);
    assertEquals("UTF-8", d.encoding());
    assertEquals(LenientDecoding.MAX_LISTED + 1, d.repairs().size());
    assertTrue(d.repairs().get(LenientDecoding.MAX_LISTED).what().startsWith("and 10 more places"),
        d.repairs().get(LenientDecoding.MAX_LISTED).what());
  }

  @Test
  void arabicWithNoBreakSpacesBetweenWordsIsRealArabicNotNonsense() throws Exception {
    String text = Files.readString(Path.of("seeds/002_ed1005ffcad7e6ee.txt")).replace(' ', '\u00A0');
    DecodedText d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(text, d.text());
    assertEquals("UTF-8", d.encoding());
  }

  @Test
  void utf8ReadAsWindows1256AndSavedAgainIsUndecodable() throws Exception {
    String mojibake = new String(ARABIC.getBytes(StandardCharsets.UTF_8), WINDOWS_1256);
    UnreadableInputException e = assertThrows(UnreadableInputException.class,
        () -> TextDecoder.decode(mojibake.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("undecodable: reads as Arabic-script nonsense"), e.getMessage());
  }

  @Test
  void randomHighBytesAreRefusedNotTranslatedAsMojibake() {
    Random random = new Random(9);
    byte[] bytes = new byte[2000];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 7 == 0 ? ' ' : 0xC0 + random.nextInt(64));
    UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(bytes));
    assertTrue(e.getMessage().startsWith("undecodable"), e.getMessage());
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
  void aFileOfNothingButBytesThatCouldNotBeDecodedIsRefusedNotSentAsASegment() {
    // a UTF-16 mark and half a character: the text would be one U+FFFD
    UnreadableInputException cut = assertThrows(UnreadableInputException.class,
        () -> TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 0}));
    assertEquals("file holds nothing but white space and bytes that could not be decoded (UTF-16LE character cut off"
        + " at the end of the file (bytes 00) replaced by U+FFFD); give a plain-text article", cut.getMessage());
    assertThrows(UnreadableInputException.class,
        () -> TextDecoder.decode("\uFFFD\n \uFFFD".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aReplacementCharacterBesideTextIsKept() throws Exception {
    assertEquals("\uFFFD قال", TextDecoder.decode("\uFFFD قال".getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void fileOfNulBytesOnlyIsRefused() {
    UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(new byte[64]));
    assertFalse(e.getMessage().isEmpty());
  }

  @Test
  void binaryFileWithNulBytesIsRefused() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(png));
    assertTrue(e.getMessage().startsWith("binary file"), e.getMessage());
  }

  @Test
  void latinOneTextIsRefusedWithAConversionHint() {
    byte[] bytes = "été à Paris, naïve café, où l'on dîne à côté".getBytes(Charset.forName("ISO-8859-1"));
    UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(bytes));
    assertTrue(e.getMessage().contains("iconv"), e.getMessage());
  }
}

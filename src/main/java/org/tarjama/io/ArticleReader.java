package org.tarjama.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one input's bytes (a file, or standard input) and decodes them, refusing an input over the size or
 * line-length limits before it can fill the memory.
 */
public final class ArticleReader {

  private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i)<meta[^>]*charset\\s*=\\s*[\"']?([\\w.:-]+)");

  private final InputStream stdin;
  private final InputLimits limits;
  private byte @Nullable [] stdinBytes;

  public ArticleReader(InputStream stdin, InputLimits limits) {
    this.stdin = stdin;
    this.limits = limits;
  }

  public ArticleReader(InputStream stdin) {
    this(stdin, InputLimits.DEFAULT);
  }

  public ArticleReader() {
    this(System.in);
  }

  public DecodedText read(InputFile file) throws UnreadableInputException {
    return decode(bytes(file));
  }

  /** As {@link #read}, without the line-length limit, for a caller that checks the lines it keeps. */
  DecodedText readWhole(InputFile file) throws UnreadableInputException {
    return TextDecoder.decode(bytes(file));
  }

  /**
   * An HTML page: without the line-length limit, since saved pages are often one minified line (the paragraphs are
   * checked once extracted), and in the charset its {@code <meta>} declares when the bytes read in no other.
   */
  DecodedText readPage(InputFile file) throws UnreadableInputException {
    return page(bytes(file));
  }

  /** As {@link #readPage}, for a page's bytes already read. */
  DecodedText page(byte[] bytes) throws UnreadableInputException {
    try {
      return TextDecoder.decode(bytes);
    } catch (UnreadableInputException e) {
      Charset declared = declaredCharset(bytes);
      if (declared == null) throw e;
      return new DecodedText(new String(bytes, declared), declared.name());
    }
  }

  private static @Nullable Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher meta = DECLARED_CHARSET.matcher(head);
    if (!meta.find()) return null;
    try {
      return Charset.forName(meta.group(1));
    } catch (IllegalArgumentException e) {
      return null;  // a charset Java does not know: the decoder's own reason stands
    }
  }

  private byte[] bytes(InputFile file) throws UnreadableInputException {
    byte[] bytes;
    try {
      bytes = file.path() == null ? stdinBytes() : fileBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException("file disappeared before it could be read");
    } catch (AccessDeniedException e) {
      throw new UnreadableInputException("permission denied; make the file readable (chmod u+r)");
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read: " + e.getMessage());
    }
    if (bytes.length > limits.maxBytes()) throw tooBig(">" + limits.maxBytes());
    return bytes;
  }

  /** An input's bytes read from {@code in} as a file's are, refused over the size limit; for drivers that open inputs themselves. */
  byte[] bytes(InputStream in) throws UnreadableInputException {
    byte[] bytes;
    try (in) {
      bytes = in.readNBytes((int) limits.maxBytes() + 1);
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read: " + e.getMessage());
    }
    if (bytes.length > limits.maxBytes()) throw tooBig(">" + limits.maxBytes());
    return bytes;
  }

  /** Decodes an input's bytes under this reader's limits, the line length too. */
  public DecodedText decode(byte[] bytes) throws UnreadableInputException {
    if (bytes.length > limits.maxBytes()) throw tooBig(">" + limits.maxBytes());
    DecodedText decoded = TextDecoder.decode(bytes);
    checkLineLengths(decoded.text());
    return decoded;
  }

  private byte[] fileBytes(InputFile file) throws IOException, UnreadableInputException {
    long size = Files.size(file.path());
    if (size > limits.maxBytes()) throw tooBig(String.valueOf(size));
    try (InputStream in = Files.newInputStream(file.path())) {
      return in.readNBytes((int) limits.maxBytes() + 1); // a file that grows while read is caught too
    }
  }

  private UnreadableInputException tooBig(String size) {
    return new UnreadableInputException(limits.tooLarge(size));
  }

  void checkLineLengths(String text) throws UnreadableInputException {
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      if (end - start > limits.maxLineChars()) {
        throw new UnreadableInputException("line " + line + " is " + (end - start) + " characters long, over the limit of "
            + limits.maxLineChars() + " for one paragraph; put line breaks between its paragraphs");
      }
      line++;
      start = end + 1;
    }
  }

  /** Standard input, read once and kept, since a run reads every input twice (template pass, then cleaning). */
  private synchronized byte[] stdinBytes() throws IOException {
    if (stdinBytes == null) stdinBytes = stdin.readNBytes((int) limits.maxBytes() + 1);
    return stdinBytes;
  }
}

package org.tarjama.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/** Reads one input's bytes (a file, or standard input) and decodes them. */
public final class ArticleReader {

  private final InputStream stdin;

  public ArticleReader(InputStream stdin) {
    this.stdin = stdin;
  }

  public ArticleReader() {
    this(System.in);
  }

  public DecodedText read(InputFile file) throws UnreadableInputException {
    byte[] bytes;
    try {
      bytes = file.path() == null ? stdin.readAllBytes() : Files.readAllBytes(file.path());
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read: " + e.getMessage());
    }
    return TextDecoder.decode(bytes);
  }
}

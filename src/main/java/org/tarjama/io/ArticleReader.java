package org.tarjama.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.jspecify.annotations.Nullable;

/** Reads one input's bytes (a file, or standard input) and decodes them. */
public final class ArticleReader implements InputReader {

  private final InputStream stdin;
  private byte @Nullable [] stdinBytes;

  public ArticleReader(InputStream stdin) {
    this.stdin = stdin;
  }

  public ArticleReader() {
    this(System.in);
  }

  @Override
  public DecodedText read(InputFile file) throws UnreadableInputException {
    byte[] bytes;
    try {
      bytes = file.path() == null ? stdinBytes() : Files.readAllBytes(file.path());
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read: " + e.getMessage());
    }
    return TextDecoder.decode(bytes);
  }

  /** Standard input, read once and kept, since a run reads every input twice (template pass, then cleaning). */
  private synchronized byte[] stdinBytes() throws IOException {
    if (stdinBytes == null) stdinBytes = stdin.readAllBytes();
    return stdinBytes;
  }
}

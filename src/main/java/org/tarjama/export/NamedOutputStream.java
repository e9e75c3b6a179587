package org.tarjama.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.tarjama.io.FileErrors;

/** An output stream whose every failure (a full disk, a vanished folder) names the file being written. */
final class NamedOutputStream extends FilterOutputStream {

  private final Path file;

  NamedOutputStream(OutputStream out, Path file) {
    super(out);
    this.file = file;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw FileErrors.explain("write", file, e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw FileErrors.explain("write", file, e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw FileErrors.explain("write", file, e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw FileErrors.explain("write", file, e);
    }
  }
}

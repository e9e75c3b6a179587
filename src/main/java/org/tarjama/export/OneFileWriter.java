package org.tarjama.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/** A writer of one output file, written atomically: it appears under its name on {@link #commit()}. */
abstract class OneFileWriter {

  private final AtomicFile file;

  OneFileWriter(Path target) throws IOException {
    this.file = AtomicFile.open(target);
  }

  final Writer out() {
    return file.writer();
  }

  public void commit() throws IOException {
    file.commit();
  }

  public void close() throws IOException {
    file.close();
  }
}

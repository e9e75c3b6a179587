package org.tarjama.export;

import java.io.IOException;

/** Writes kept corpus entries in one export format; the files appear under their final names on {@link #commit()}. */
public interface EntryWriter extends AutoCloseable {

  void write(CorpusEntry entry) throws IOException;

  void commit() throws IOException;

  @Override
  void close() throws IOException;
}

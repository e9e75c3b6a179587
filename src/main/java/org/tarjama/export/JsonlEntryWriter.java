package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;

/** Exported pairs as JSON lines in the {@code {"translation": {"ar", "en"}}} layout, with metadata. */
final class JsonlEntryWriter implements EntryWriter {

  private final AtomicFile file;

  JsonlEntryWriter(Path target) throws IOException {
    this.file = AtomicFile.open(target);
  }

  @Override
  public void write(CorpusEntry entry) throws IOException {
    file.writer().write(ExportJson.line(ExportJson.entry(entry)));
  }

  @Override
  public void commit() throws IOException {
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}

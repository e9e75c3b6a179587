package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;

/** Exported pairs as JSON lines in the {@code {"translation": {"ar", "en"}}} layout, with metadata. */
final class JsonlEntryWriter extends OneFileWriter implements EntryWriter {

  JsonlEntryWriter(Path target) throws IOException {
    super(target);
  }

  @Override
  public void write(CorpusEntry entry) throws IOException {
    out().write(ExportJson.line(ExportJson.entry(entry)));
  }
}

package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Exported pairs as Moses files {@code NAME.ar} and {@code NAME.en}, plus {@code NAME.ids}: line N of each
 * belongs to the same pair, so the segment id of every line can be looked up in the other formats.
 */
final class MosesEntryWriter implements EntryWriter {

  private final MosesWriter text;
  private final AtomicFile ids;

  MosesEntryWriter(Path base) throws IOException {
    this.ids = AtomicFile.open(ExportFormat.file(base, ".ids"));
    try {
      this.text = new MosesWriter(ExportFormat.file(base, ".ar"), ExportFormat.file(base, ".en"));
    } catch (IOException e) {
      ids.close();
      throw e;
    }
  }

  @Override
  public void write(CorpusEntry entry) throws IOException {
    text.write(entry.pair());
    ids.writer().write(entry.pair().id() + "\n");
  }

  @Override
  public void commit() throws IOException {
    text.commit();
    ids.commit();
  }

  @Override
  public void close() throws IOException {
    try (ids) {
      text.close();
    }
  }
}

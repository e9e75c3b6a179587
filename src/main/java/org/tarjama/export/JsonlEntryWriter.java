package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Exported pairs as JSON lines in the {@code {"translation": {"ar", "en"}}} layout, with metadata; every line has
 * the same keys, a score the pair lacks being null, so typed loaders read the file with one schema.
 */
final class JsonlEntryWriter extends OneFileWriter implements EntryWriter {

  private final List<String> scoreNames;

  JsonlEntryWriter(Path target, List<String> scoreNames) throws IOException {
    super(target);
    this.scoreNames = List.copyOf(scoreNames);
  }

  @Override
  public void write(CorpusEntry entry) throws IOException {
    out().write(ExportJson.line(ExportJson.entry(entry, scoreNames)));
  }
}

package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tarjama.model.Pair;

/**
 * Exported pairs as TSV with a header: id, doc, ar, en, backend, model, occurrences, duplicates and flags
 * (comma-separated), then one {@code score:NAME} column per score found in the source (empty when a pair has none).
 */
final class TsvEntryWriter extends OneFileWriter implements EntryWriter {

  static final String FIXED_HEADER = "id\tdoc\tar\ten\tbackend\tmodel\toccurrences\tduplicates\tflags";
  private final List<String> scoreNames;

  TsvEntryWriter(Path target, List<String> scoreNames) throws IOException {
    super(target);
    this.scoreNames = List.copyOf(scoreNames);
    StringBuilder header = new StringBuilder(FIXED_HEADER);
    for (String name : this.scoreNames) header.append("\tscore:").append(name);
    out().write(header.append('\n').toString());
  }

  @Override
  public void write(CorpusEntry entry) throws IOException {
    Pair pair = entry.pair();
    StringBuilder row = new StringBuilder();
    row.append(Lines.tsvField(pair.id().toString())).append('\t').append(Lines.tsvField(pair.id().doc())).append('\t')
        .append(Lines.tsvField(pair.ar())).append('\t').append(Lines.tsvField(pair.en())).append('\t')
        .append(Lines.tsvField(pair.backend())).append('\t').append(Lines.tsvField(pair.model())).append('\t')
        .append(entry.occurrences()).append('\t').append(Lines.tsvField(String.join(",", entry.merged()))).append('\t')
        .append(Lines.tsvField(String.join(",", pair.quality().flags())));
    for (String name : scoreNames) {
      Double value = pair.quality().scores().get(name);
      row.append('\t').append(value == null ? "" : value.toString());
    }
    out().write(row.append('\n').toString());
  }
}

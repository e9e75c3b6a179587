package org.tarjama.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * A JSONL input as its records' echo needs it: its source (articles read from it are {@code SOURCE:LINE}), its lines
 * from the start, and the field holding the headline.
 */
public record RecordFile(String source, Opener opener, String titleField) {

  /** Opens the input's lines from the start. */
  public interface Opener {
    BufferedReader open() throws IOException;
  }

  /** Whether a record has a headline, decided as the reader decided it (null, a list or blank is none). */
  public boolean hasTitle(JsonNode record) {
    String title = JsonlArticles.field(record, titleField);
    return title != null && !title.isBlank();
  }

  /** The line number of an article read from this file, or -1 when it came from elsewhere. */
  public long lineOf(String articleSource) {
    if (!articleSource.startsWith(source + ":")) return -1;
    try {
      return Long.parseLong(articleSource.substring(source.length() + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

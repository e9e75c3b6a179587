package org.tarjama.io;

import java.io.Serializable;
import java.util.List;

/**
 * How to read the inputs: their format, and for JSONL the fields holding the article's id, headline and text, and
 * the metadata fields carried into the outputs.
 */
public record InputOptions(InputFormat format, String idField, String titleField, String textField,
                           List<String> metadataFields) implements Serializable {

  public static final List<String> DEFAULT_METADATA = List.of("url", "date", "source");

  public InputOptions {
    if (idField.isBlank() || titleField.isBlank() || textField.isBlank()) {
      throw new IllegalArgumentException("JSONL field names must not be blank");
    }
    metadataFields = List.copyOf(metadataFields);
  }

  public static InputOptions defaults() {
    return new InputOptions(InputFormat.AUTO, "id", "title", "text", DEFAULT_METADATA);
  }
}

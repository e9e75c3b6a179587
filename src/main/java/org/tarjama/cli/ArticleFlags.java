package org.tarjama.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import org.tarjama.export.EnglishFormat;
import org.tarjama.export.EnglishOutput;
import org.tarjama.io.InputFormat;
import org.tarjama.io.InputOptions;

/** The translate options for article formats: how inputs are read (text, JSONL, HTML) and the English written. */
final class ArticleFlags {

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto (by file name: *.jsonl, *.html/*.htm, else text), text, jsonl or html (default: ${DEFAULT-VALUE}).")
  String inputFormat;

  @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
      description = "JSONL field with the article id (default: ${DEFAULT-VALUE}; missing: FILE-LINE).")
  String idField;

  @Option(names = "--title-field", paramLabel = "NAME", defaultValue = "title",
      description = "JSONL field with the headline (default: ${DEFAULT-VALUE}).")
  String titleField;

  @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
      description = "JSONL field with the article text (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(names = "--metadata-fields", paramLabel = "NAMES", defaultValue = "url,date,source", split = ",",
      description = "JSONL fields carried into pairs.jsonl, TMX and the review page (default: ${DEFAULT-VALUE}).")
  List<String> metadataFields = new ArrayList<>();

  @Option(names = {"--format", "--en-format"}, paramLabel = "LIST", defaultValue = "txt",
      description = "English articles in en/: txt, md or txt,md (default: ${DEFAULT-VALUE}).")
  String englishFormats;

  @Option(names = "--title-en-field", paramLabel = "NAME", defaultValue = "title_en",
      description = "Field added to each en.jsonl record for the English headline (default: ${DEFAULT-VALUE}).")
  String titleEnField;

  @Option(names = "--text-en-field", paramLabel = "NAME", defaultValue = "text_en",
      description = "Field added to each en.jsonl record for the English text (default: ${DEFAULT-VALUE}).")
  String textEnField;

  private static IllegalArgumentException fieldClash(String option, String name) {
    return new IllegalArgumentException(option + " '" + name + "' names a field the input records hold or the other"
        + " English field; the English would overwrite it in en.jsonl, so choose another name");
  }

  InputOptions input() {
    InputFormat format;
    try {
      format = InputFormat.valueOf(inputFormat.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown --input-format '" + inputFormat + "'; use auto, text, jsonl or html");
    }
    return new InputOptions(format, idField, titleField, textField,
        metadataFields.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  EnglishOutput english() {
    // en.jsonl adds these fields to each input record: one named as an input field would overwrite the source
    List<String> inputFields = new ArrayList<>(List.of(idField, titleField, textField, titleEnField));
    inputFields.addAll(input().metadataFields());
    if (inputFields.contains(textEnField)) throw fieldClash("--text-en-field", textEnField);
    if (inputFields.subList(0, 3).contains(titleEnField) || input().metadataFields().contains(titleEnField)) {
      throw fieldClash("--title-en-field", titleEnField);
    }
    Set<EnglishFormat> formats = englishFormats == null ? EnumSet.of(EnglishFormat.TXT) : EnglishFormat.parseList(englishFormats);
    return EnglishOutput.defaults().withFormats(formats).withFields(titleEnField, textEnField);
  }
}

package org.tarjama.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tarjama.io.RecordFile;

/**
 * How a run writes its English articles: the forms under {@code en/}, the input folders whose tree {@code en/}
 * mirrors, the field names the English gets in {@code en.jsonl} records, and the JSONL inputs whose records it echoes.
 */
public record EnglishOutput(Set<EnglishFormat> formats, List<Path> inputFolders, String titleField, String textField,
                            List<RecordFile> recordFiles) {

  public EnglishOutput {
    if (formats.isEmpty()) throw new IllegalArgumentException("no English article format");
    formats = Set.copyOf(formats);
    inputFolders = List.copyOf(inputFolders);
    recordFiles = List.copyOf(recordFiles);
    if (titleField.isBlank() || textField.isBlank()) throw new IllegalArgumentException("blank English field name");
  }

  public static EnglishOutput defaults() {
    return new EnglishOutput(EnumSet.of(EnglishFormat.TXT), List.of(), "title_en", "text_en", List.of());
  }

  public EnglishOutput withFormats(Set<EnglishFormat> newFormats) {
    return new EnglishOutput(newFormats, inputFolders, titleField, textField, recordFiles);
  }

  public EnglishOutput withFields(String newTitleField, String newTextField) {
    return new EnglishOutput(formats, inputFolders, newTitleField, newTextField, recordFiles);
  }

  /** The same, echoing the records of these JSONL inputs into {@code en.jsonl}. */
  public EnglishOutput withRecordFiles(List<RecordFile> files) {
    return new EnglishOutput(formats, inputFolders, titleField, textField, files);
  }

  /** The same, mirroring whichever of {@code inputs} are folders. */
  public EnglishOutput mirroring(List<String> inputs) {
    List<Path> folders = inputs.stream().filter(i -> !i.equals("-")).map(Path::of).filter(Files::isDirectory)
        .map(p -> p.toAbsolutePath().normalize()).toList();
    return new EnglishOutput(formats, folders, titleField, textField, recordFiles);
  }

  /** Where an article read from {@code source} goes below {@code en/}: its folder relative to its input folder. */
  Path folderBelow(String source) {
    if (source.equals("-")) return Path.of("");
    Path file = Path.of(source).toAbsolutePath().normalize();
    for (Path folder : inputFolders) {
      if (file.startsWith(folder) && file.getParent() != null) return folder.relativize(file.getParent());
    }
    return Path.of("");
  }
}

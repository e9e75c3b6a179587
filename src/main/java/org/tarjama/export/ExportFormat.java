package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The corpus formats {@code tarjama export} writes, each as files named after a base path. */
public enum ExportFormat {
  /** TMX 1.4b, {@code NAME.tmx}. */
  TMX,
  /** Moses line-aligned {@code NAME.ar}, {@code NAME.en} and {@code NAME.ids}. */
  MOSES,
  /** {@code NAME.tsv} with a header and metadata columns. */
  TSV,
  /** {@code NAME.jsonl} in the {@code {"translation": {"ar", "en"}}} layout, with metadata. */
  JSONL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The file {@code base} + {@code extension}: {@code out/train} and {@code .tmx} make {@code out/train.tmx}. */
  static Path file(Path base, String extension) {
    return base.resolveSibling(base.getFileName() + extension);
  }

  /** The files this format writes for {@code base}. */
  List<Path> files(Path base) {
    return switch (this) {
      case TMX -> List.of(file(base, ".tmx"));
      case MOSES -> List.of(file(base, ".ar"), file(base, ".en"), file(base, ".ids"));
      case TSV -> List.of(file(base, ".tsv"));
      case JSONL -> List.of(file(base, ".jsonl"));
    };
  }

  /** Opens a writer for files named after {@code base} (a path without extension). */
  EntryWriter open(Path base, String toolVersion, List<String> scoreNames) throws IOException {
    return switch (this) {
      case TMX -> new TmxWriter(file(base, ".tmx"), toolVersion);
      case MOSES -> new MosesEntryWriter(base);
      case TSV -> new TsvEntryWriter(file(base, ".tsv"), scoreNames);
      case JSONL -> new JsonlEntryWriter(file(base, ".jsonl"), scoreNames);
    };
  }
}

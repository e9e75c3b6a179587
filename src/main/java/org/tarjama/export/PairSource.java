package org.tarjama.export;

import java.io.IOException;

/**
 * Where exported pairs come from: a run's output folder ({@link RunFolderSource}) or, later, the translation
 * memory. A source hands out whole documents, one at a time, so splits never cut one and memory stays flat.
 */
public interface PairSource {

  /** Names the source in messages and in the export report. */
  String describe();

  /** Passes every document to {@code visitor}, in the same order on every call. */
  void forEachDocument(DocumentVisitor visitor) throws IOException;

  /** Receives the documents of a source. */
  @FunctionalInterface
  interface DocumentVisitor {
    void visit(SourceDocument document) throws IOException;
  }
}

package org.tarjama.export;

import java.io.IOException;
import java.util.List;

/** Documents held in memory; counts the passes made over it. */
final class ListSource implements PairSource {

  private final List<SourceDocument> documents;
  int passes;

  ListSource(List<SourceDocument> documents) {
    this.documents = List.copyOf(documents);
  }

  @Override
  public String describe() {
    return "test documents";
  }

  @Override
  public void forEachDocument(DocumentVisitor visitor) throws IOException {
    passes++;
    for (SourceDocument document : documents) visitor.visit(document);
  }
}

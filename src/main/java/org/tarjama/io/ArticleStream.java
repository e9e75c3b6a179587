package org.tarjama.io;

import java.util.Iterator;
import java.util.List;

/** The articles of one input, read as they are pulled; closing releases the file. */
public interface ArticleStream extends Iterator<SourceArticle>, AutoCloseable {

  @Override
  void close();

  /** A stream over articles already read. */
  static ArticleStream of(List<SourceArticle> articles) {
    Iterator<SourceArticle> it = articles.iterator();
    return new ArticleStream() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public SourceArticle next() {
        return it.next();
      }

      @Override
      public void close() {
      }
    };
  }
}

package org.tarjama.clean;

/** Turns an article's decoded text into normalised paragraphs, one per kept source line, recording every removal. */
public interface Cleaner {

  CleanText clean(String articleId, String text);

  /** Whether {@link #forBatch} uses the batch's template; when false the pipeline skips the learning pass. */
  default boolean learnsTemplates() {
    return false;
  }

  /** This cleaner for one batch, given the lines learned from all its articles (a site's template). */
  default Cleaner forBatch(org.tarjama.clean.BatchTemplate template) {
    return this;
  }
}

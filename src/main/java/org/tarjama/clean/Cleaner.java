package org.tarjama.clean;

/** Turns an article's decoded text into normalised paragraphs, one per kept source line, recording every removal. */
public interface Cleaner {

  CleanText clean(String articleId, String text);
}

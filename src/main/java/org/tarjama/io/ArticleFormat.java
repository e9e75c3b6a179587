package org.tarjama.io;

import java.util.function.Consumer;

/**
 * Reads the articles one input holds: a text file one, a JSONL file one per line, an HTML page one. A bad record
 * inside an input goes to {@code onBadRecord} (named by file and line) and reading goes on.
 */
public interface ArticleFormat {

  ArticleStream open(InputFile file, Consumer<Skipped> onBadRecord) throws UnreadableInputException;
}

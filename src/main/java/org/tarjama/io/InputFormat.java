package org.tarjama.io;

import java.util.Locale;

/** How an input file holds its articles: found from its name ({@code AUTO}), or forced by {@code --input-format}. */
public enum InputFormat {
  /** {@code *.jsonl} is JSONL, {@code *.html}/{@code *.htm} is HTML, anything else text (HTML inside is detected). */
  AUTO,
  /** One article per file, one paragraph per line. */
  TEXT,
  /** One article per line, as a JSON object. */
  JSONL,
  /** One saved web page per file. */
  HTML;

  /** The format of {@code fileName} under this setting. */
  public InputFormat of(String fileName) {
    if (this != AUTO) return this;
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl")) return JSONL;
    if (name.endsWith(".html") || name.endsWith(".htm")) return HTML;
    return TEXT;
  }
}

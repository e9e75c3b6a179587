package org.tarjama.export;

/** Rules for line-based formats: one segment per line, so no raw tabs or line breaks inside a field. */
final class Lines {

  private Lines() {
  }

  /** Tabs and line breaks (including U+2028/2029 and NEL) become single spaces. */
  static String flatten(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean breaks = c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085'
          || c == '\u2028' || c == '\u2029';
      if (breaks && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
      if (out != null) out.append(breaks ? ' ' : c);
    }
    return out == null ? text : out.toString();
  }

  /**
   * A TSV field as the CSV dialect readers (Python's csv, pandas, R, spreadsheets) read it with a tab delimiter:
   * flattened to one line, and if it holds a double quote, put in double quotes with each inner quote doubled.
   */
  static String tsvField(String text) {
    String flat = flatten(text);
    return flat.indexOf('"') < 0 ? flat : '"' + flat.replace("\"", "\"\"") + '"';
  }
}

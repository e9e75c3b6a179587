package org.tarjama.review;

/** Makes untrusted text safe inside HTML text and quoted attribute values. */
final class Html {

  private Html() {
  }

  /**
   * Escapes {@code & < > " '}; drops control characters HTML forbids (all C0 but tab and line breaks, DEL, C1);
   * replaces unpaired surrogates with U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append('\uFFFD');
          } else if (!forbidden(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A value for an {@code id} attribute: escaped, with white space (not allowed in ids) as '_'. */
  static String id(String text) {
    return escape(text.replaceAll("\\s", "_"));
  }

  private static boolean forbidden(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }
}

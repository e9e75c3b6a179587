package org.tarjama.export;

/** Keeps text within what XML 1.0 allows; characters it forbids become U+FFFD so the document stays valid. */
final class XmlText {

  private XmlText() {
  }

  static String legal(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
          || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
      if (!ok && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
      if (out != null) out.append(ok ? c : '\uFFFD');
    }
    return out == null ? text : out.toString();
  }
}

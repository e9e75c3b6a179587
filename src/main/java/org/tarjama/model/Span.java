package org.tarjama.model;

/** A half-open range [start, end) of character offsets into a text; strings are derived from it. */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public String covered(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** The same span without leading and trailing white space of {@code text}. */
  public Span trim(CharSequence text) {
    int s = start;
    int e = end;
    while (s < e && blank(text.charAt(s))) s++;
    while (e > s && blank(text.charAt(e - 1))) e--;
    return s == start && e == end ? this : new Span(s, e);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  public boolean intersects(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}

package org.tarjama.model;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a segment stands: article, paragraph (1-based), sentence in the paragraph (1-based) and,
 * for a long sentence cut into pieces, the piece (1-based; 0 when the sentence is whole).
 * Alignment keys on this, never on list position.
 */
public record SegmentId(String doc, int para, int sent, int piece) implements Comparable<SegmentId> {

  private static final Pattern FORM = Pattern.compile("(.+):p(\\d+)s(\\d+)(?:\\.(\\d+))?");
  private static final Comparator<SegmentId> ORDER = Comparator.comparing(SegmentId::doc)
      .thenComparingInt(SegmentId::para).thenComparingInt(SegmentId::sent).thenComparingInt(SegmentId::piece);

  public SegmentId {
    if (doc.isEmpty()) throw new IllegalArgumentException("empty document id");
    if (para < 1 || sent < 1 || piece < 0) {
      throw new IllegalArgumentException("bad segment position p" + para + "s" + sent + "." + piece);
    }
  }

  public SegmentId(String doc, int para, int sent) {
    this(doc, para, sent, 0);
  }

  /** The whole sentence this piece belongs to (itself when not cut). */
  public SegmentId sentence() {
    return piece == 0 ? this : new SegmentId(doc, para, sent, 0);
  }

  /** Parses the form written by {@link #toString()}: {@code doc:p3s2} or {@code doc:p3s2.1}. */
  public static SegmentId parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) throw new IllegalArgumentException("not a segment id: " + text);
    int piece = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    return new SegmentId(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), piece);
  }

  @Override
  public String toString() {
    return doc + ":p" + para + "s" + sent + (piece == 0 ? "" : "." + piece);
  }

  @Override
  public int compareTo(SegmentId o) {
    return ORDER.compare(this, o);
  }
}

package org.tarjama.segment;

import java.util.List;
import org.tarjama.model.Span;

/** Splits one paragraph (no line breaks inside) into sentence spans, in order, trimmed, never empty. */
public interface Segmenter {

  List<Span> split(String paragraph);
}

package org.tarjama.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.model.Removal;
import org.tarjama.model.Repair;

/**
 * An article as its reader found it, before cleaning: id, where it came from, the text (headline on the first
 * line, one paragraph per line), metadata from the input, the blocks the reader dropped with reasons, and what
 * decoding had to repair. Serializable, since the Spark job ships read articles to the tasks that clean them.
 */
public record SourceArticle(String id, String source, String encoding, String text, Map<String, String> metadata,
                            List<Removal> dropped, List<Repair> repairs)
    implements java.io.Serializable {

  public SourceArticle {
    if (id.isEmpty()) throw new IllegalArgumentException("article without an id from " + source);
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    dropped = List.copyOf(dropped);
    repairs = List.copyOf(repairs);
  }
}

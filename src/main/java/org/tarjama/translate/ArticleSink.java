package org.tarjama.translate;

import java.io.IOException;
import java.util.Map;
import org.tarjama.model.Article;
import org.tarjama.model.SegmentId;

/** Receives each article as soon as every one of its segments has an outcome. */
@FunctionalInterface
public interface ArticleSink {

  void accept(Article article, Map<SegmentId, Outcome> outcomes) throws IOException;
}

package org.tarjama.translate.engine;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Segment;

/**
 * The neighbouring sentences sent with a segment to backends that read context, so names, pronouns and terms are
 * translated as the article uses them: up to {@value #BEFORE} sentences before it and {@value #AFTER} after, one a
 * line, from the same article.
 */
final class ArticleContext {

  static final int BEFORE = 2;
  static final int AFTER = 2;

  private ArticleContext() {
  }

  static String around(List<Segment> segments, int index) {
    List<String> lines = new ArrayList<>(BEFORE + AFTER);
    for (int i = Math.max(0, index - BEFORE); i <= Math.min(segments.size() - 1, index + AFTER); i++) {
      if (i != index) lines.add(segments.get(i).text().replace('\n', ' '));
    }
    return String.join("\n", lines);
  }
}

package org.tarjama.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tarjama.export.SourceDocument;
import org.tarjama.model.Pair;
import org.tarjama.quality.Flags;

/** The totals shown at the top of the review page, gathered in a first pass over the source. */
final class Summary {

  long articles;
  long pairs;
  long translated;
  long failed;
  long flagged;
  long notForTraining;
  long removedLines;
  final Map<String, Long> flags = new TreeMap<>();
  final Map<String, Long> backends = new TreeMap<>();
  final Map<String, Long> models = new TreeMap<>();
  final List<ArticleLine> contents = new ArrayList<>();

  /** One line of the table of contents. */
  record ArticleLine(String id, int pairs, int failed, int flagged, int removed) {
  }

  void add(SourceDocument document) {
    articles++;
    int docFailed = 0;
    int docFlagged = 0;
    for (Pair pair : document.pairs()) {
      pairs++;
      if (pair.isOk()) translated++;
      else docFailed++;
      if (ReviewPage.flagged(pair)) docFlagged++;
      for (String flag : pair.quality().flags()) {
        if (flag.equals(Flags.NOT_FOR_TRAINING)) notForTraining++;
        else flags.merge(flag, 1L, Long::sum);
      }
      backends.merge(pair.backend(), 1L, Long::sum);
      models.merge(pair.model().isEmpty() ? "(none)" : pair.model(), 1L, Long::sum);
    }
    int removed = document.article().map(a -> a.removals().size()).orElse(0);
    failed += docFailed;
    flagged += docFlagged;
    removedLines += removed;
    contents.add(new ArticleLine(document.id(), document.pairs().size(), docFailed, docFlagged, removed));
  }
}

package org.tarjama.translate;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.model.Article;
import org.tarjama.model.SegmentId;

/** The simplest engine: one article at a time, one request at a time, no retry. */
public final class SequentialEngine implements TranslationEngine {

  private final Translator translator;

  public SequentialEngine(Translator translator) {
    this.translator = translator;
  }

  @Override
  public EngineReport run(Iterator<Article> articles, ArticleSink sink) throws IOException {
    long requests = 0;
    long sent = 0;
    long chars = 0;
    long failed = 0;
    long waitNanos = 0;
    while (articles.hasNext()) {
      Article article = articles.next();
      Map<String, SegmentId> ids = new HashMap<>();
      List<TranslationItem> items = article.segments().stream().map(s -> {
        ids.put(s.id().toString(), s.id());
        return new TranslationItem(s.id().toString(), s.text());
      }).toList();
      Map<SegmentId, Outcome> outcomes = new LinkedHashMap<>();
      for (List<TranslationItem> batch : BatchPacker.pack(items, translator.limits())) {
        requests++;
        sent += batch.size();
        chars += batch.stream().mapToLong(i -> BatchLimits.chars(i.text())).sum();
        long start = System.nanoTime();
        try {
          List<String> out = translator.translate(batch);
          if (out.size() != batch.size()) {
            throw new BackendException.MalformedReply(translator.name(),
                "returned " + out.size() + " translations for " + batch.size() + " segments");
          }
          for (int i = 0; i < batch.size(); i++) {
            outcomes.put(ids.get(batch.get(i).key()),
                new Outcome.Translated(out.get(i), translator.name(), translator.model()));
          }
        } catch (BackendException e) {
          for (TranslationItem item : batch) {
            outcomes.put(ids.get(item.key()), new Outcome.Failed(e.getMessage(), translator.name(), translator.model()));
            failed++;
          }
        } finally {
          waitNanos += System.nanoTime() - start;
        }
      }
      sink.accept(article, outcomes);
    }
    return new EngineReport(requests, sent, chars, 0, Map.of(), failed, waitNanos / 1_000_000);
  }

}

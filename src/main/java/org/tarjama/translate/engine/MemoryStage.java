package org.tarjama.translate.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.memory.MemoryEntry;
import org.tarjama.memory.MemoryScope;
import org.tarjama.memory.SourceText;
import org.tarjama.memory.TranslationMemory;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.Outcome;
import org.tarjama.translate.ReplyCheck;
import org.tarjama.translate.TranslationItem;

/**
 * Answers what the translation memory knows and sends only the rest on, so a hit never waits for a rate-limit
 * permit; stores every new translation, committed, before anyone sees it. A memory that cannot be written stops
 * the run: going on would break the promise that nothing received is lost.
 */
final class MemoryStage implements Middleware {

  private final TranslationMemory memory;
  private final MemoryScope scope;
  private final EngineListener events;

  MemoryStage(TranslationMemory memory, MemoryScope scope, EngineListener events) {
    this.memory = memory;
    this.scope = scope;
    this.events = events;
  }

  @Override
  public BatchReply intercept(Chain chain) throws BackendException {
    List<TranslationItem> items = chain.batch().items();
    List<String> sources = items.stream().map(item -> SourceText.normalise(item.text())).toList();
    Map<String, MemoryEntry> hits = find(sources);
    if (hits.isEmpty()) return remember(sources, chain.proceed(chain.batch()));
    events.memoryHits(hits.size());
    List<TranslationItem> misses = new ArrayList<>();
    List<String> missSources = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!hits.containsKey(sources.get(i))) {
        misses.add(items.get(i));
        missSources.add(sources.get(i));
      }
    }
    List<Outcome> sent = misses.isEmpty() ? List.of() : remember(missSources, chain.proceed(new Batch(misses))).outcomes();
    List<Outcome> all = new ArrayList<>(items.size());
    int next = 0;
    for (String source : sources) {
      MemoryEntry hit = hits.get(source);
      all.add(hit == null ? sent.get(next++) : new Outcome.Translated(hit.target(), hit.scope().backend(), hit.scope().model()));
    }
    return new BatchReply(all);
  }

  /** The usable hits: an entry that fails the reply checks (stored before they existed) is a miss, sent again. */
  private Map<String, MemoryEntry> find(List<String> sources) {
    Map<String, MemoryEntry> hits;
    try {
      hits = new LinkedHashMap<>(memory.find(scope, sources));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    hits.values().removeIf(hit -> ReplyCheck.problem(hit.source(), hit.target()).isPresent());
    return hits;
  }

  private BatchReply remember(List<String> sources, BatchReply reply) {
    Map<String, String> translated = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      if (reply.outcomes().get(i) instanceof Outcome.Translated t) translated.put(sources.get(i), t.text());
    }
    if (translated.isEmpty()) return reply;
    try {
      memory.store(scope, translated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reply;
  }
}

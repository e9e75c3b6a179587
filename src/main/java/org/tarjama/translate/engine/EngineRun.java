package org.tarjama.translate.engine;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import org.jspecify.annotations.Nullable;
import org.tarjama.memory.SourceText;
import org.tarjama.model.Article;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.translate.ArticleSink;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchPacker;
import org.tarjama.translate.Outcome;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.Translator;

/**
 * One engine run. A single thread (the caller's) packs requests, hands them to the workers and passes finished
 * articles on in order; the workers only run the middleware stack, an {@link ArticleReader} prepares the next
 * articles and an {@link ArticleWriter} writes the finished ones, so neither reading nor writing keeps a request
 * from going out. The engine's state is touched by the caller's thread only: everything else reaches it as an
 * event on one queue. The limits the retry stage learns from the server are shared with the packer.
 */
final class EngineRun {

  /** Articles read ahead of the window, so the next request fills while the reader prepares more. */
  static final int READ_AHEAD = 8;
  /** Finished articles waiting for the writer. */
  static final int WRITE_BEHIND = 8;

  private final List<Middleware> stages;
  private final ExecutorService workers;
  private final int batchesInFlight;
  private final EngineOptions options;
  private final String backend;
  private final String model;
  private final int windowLimit;
  private final boolean readsContext;
  private final EngineListener events;
  private final ArrayDeque<ArticleSlot> window = new ArrayDeque<>();
  private final Map<String, PendingText> pending = new HashMap<>();
  private final LearntLimits limits;
  private final BatchPacker<PendingText> open;
  private final ArrayDeque<List<PendingText>> ready = new ArrayDeque<>();
  private final ArrayDeque<Article> arrived = new ArrayDeque<>();
  private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
  private int windowSegments;
  private int inFlight;
  private boolean sourceEnded;

  EngineRun(List<Middleware> stages, ExecutorService workers, EngineOptions options, Translator translator,
            int windowLimit, EngineListener events, LearntLimits limits) {
    this.stages = List.copyOf(stages);
    this.workers = workers;
    this.batchesInFlight = batchesInFlight(options);
    this.options = options;
    this.backend = translator.name();
    this.model = translator.model();
    this.windowLimit = windowLimit;
    this.readsContext = translator.readsContext();
    this.events = events;
    this.limits = limits;
    this.open = new BatchPacker<>(limits::current, PendingText::text, t -> t.article);
  }

  /**
   * Batches moving at once: twice the requests allowed at the backend, so that memory lookups and stores overlap
   * the requests of others (see {@link InFlightLimit}).
   */
  static int batchesInFlight(EngineOptions options) {
    return 2 * options.concurrency();
  }

  void drive(Iterator<Article> articles, ArticleSink sink) throws IOException {
    try (ArticleReader reader = new ArticleReader(articles, READ_AHEAD, inbox::add);
         ArticleWriter writer = new ArticleWriter(sink, WRITE_BEHIND)) {
      drive(reader, writer);
      writer.finish();
    }
  }

  private void drive(ArticleReader reader, ArticleWriter writer) throws IOException {
    while (true) {
      for (Object event = inbox.poll(); event != null; event = inbox.poll()) handle(event);
      writer.rethrow();
      deliver(writer);
      while (!arrived.isEmpty() && (window.isEmpty() || windowSegments < windowLimit)) {
        admit(arrived.poll());
        reader.taken();
      }
      while (inFlight < batchesInFlight && !ready.isEmpty()) dispatchFitting(ready.poll());
      // nothing more can join the open request now, so send it rather than let a slot idle; while articles are
      // still coming it waits for them, so requests are packed the same whatever the reader's timing
      boolean noMoreNow = arrived.isEmpty() ? sourceEnded : windowSegments >= windowLimit;
      if (!open.isEmpty() && inFlight < batchesInFlight && noMoreNow) {
        ready.add(open.take());
        continue;
      }
      if (sourceEnded && arrived.isEmpty() && window.isEmpty() && inFlight == 0) return;
      if (inFlight == 0 && ready.isEmpty() && open.isEmpty() && !window.isEmpty()) {
        throw new IllegalStateException("engine stalled: " + window.size() + " articles wait but no request is open");
      }
      handle(next());
    }
  }

  private void handle(Object event) {
    if (event instanceof Finished f) {
      settle(f);
    } else if (event instanceof ArticleReader.Read read) {
      if (read.failure() instanceof Error e) throw e;
      if (read.failure() != null) throw (RuntimeException) read.failure();
      if (read.article() == null) sourceEnded = true;
      else arrived.add(read.article());
    }
  }

  /** Registers an article's segments: a sentence already on its way is not packed again. */
  private void admit(Article article) {
    ArticleSlot slot = new ArticleSlot(article);
    window.add(slot);
    windowSegments += slot.weight();
    for (int i = 0; i < slot.segments.size(); i++) {
      Segment segment = slot.segments.get(i);
      String text = SourceText.normalise(segment.text());
      PendingText same = pending.get(text);
      if (same != null) {
        same.waiters.add(new Waiter(slot, i));
        events.duplicate();
        continue;
      }
      // the first occurrence is sent as written; input order makes that choice the same on every run
      String context = readsContext ? ArticleContext.around(slot.segments, i) : "";
      PendingText fresh = new PendingText(text, segment.id().doc(),
          new TranslationItem(segment.id().toString(), segment.text(), context));
      fresh.waiters.add(new Waiter(slot, i));
      pending.put(text, fresh);
      open.add(fresh, ready::add);
    }
  }

  /** Sends {@code texts}, or, when limits learnt since it was packed make it too large, its pieces in order. */
  private void dispatchFitting(List<PendingText> texts) {
    List<List<PendingText>> pieces = BatchPacker.pack(texts, limits.current(), PendingText::text, t -> t.article);
    if (pieces.size() == 1) {
      dispatch(texts);
      return;
    }
    for (int i = pieces.size() - 1; i >= 0; i--) ready.addFirst(pieces.get(i));
  }

  private void dispatch(List<PendingText> texts) {
    Batch batch = new Batch(texts.stream().map(t -> t.item).toList());
    Deadline deadline = Deadline.after(options.clock(), options.retry().giveUpAfter());
    inFlight++;
    workers.execute(() -> {
      Finished result;
      try {
        result = new Finished(texts, StageChain.run(stages, batch, deadline), null);
      } catch (BackendException e) {
        result = new Finished(texts, BatchReply.failed(batch, e.getMessage(), backend, model), null);
      } catch (RuntimeException | Error e) {
        result = new Finished(texts, null, e);
      }
      inbox.add(result);
    });
  }

  private void settle(Finished f) {
    inFlight--;
    if (f.error != null) {
      if (f.error instanceof Error e) throw e;
      throw (RuntimeException) f.error;
    }
    BatchReply reply = java.util.Objects.requireNonNull(f.reply);
    int translated = 0;
    int failed = 0;
    for (int i = 0; i < f.texts.size(); i++) {
      PendingText text = f.texts.get(i);
      Outcome outcome = reply.outcomes().get(i);
      pending.remove(text.key);
      for (Waiter w : text.waiters) w.slot.settle(w.index, outcome);
      if (outcome instanceof Outcome.Translated) translated += text.waiters.size();
      else failed += text.waiters.size();
    }
    events.segmentsDone(translated, failed);
  }

  private void deliver(ArticleWriter writer) throws IOException {
    while (!window.isEmpty() && window.peek().remaining == 0) {
      ArticleSlot slot = window.poll();
      windowSegments -= slot.weight();
      writer.write(slot.article, slot.outcomes());
    }
  }

  private Object next() throws InterruptedIOException {
    try {
      return inbox.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the backend");
    }
  }

  /** An article waiting for its segments' outcomes. */
  private static final class ArticleSlot {
    final Article article;
    final List<Segment> segments;
    final @Nullable Outcome[] outcomes;
    int remaining;

    ArticleSlot(Article article) {
      this.article = article;
      this.segments = article.segments();
      this.outcomes = new Outcome[segments.size()];
      this.remaining = segments.size();
    }

    int weight() {
      return Math.max(1, segments.size());
    }

    void settle(int index, Outcome outcome) {
      if (outcomes[index] == null) remaining--;
      outcomes[index] = outcome;
    }

    Map<SegmentId, Outcome> outcomes() {
      Map<SegmentId, Outcome> map = new LinkedHashMap<>();
      for (int i = 0; i < segments.size(); i++) map.put(segments.get(i).id(), outcomes[i]);
      return map;
    }
  }

  /** A segment of an article in the window. */
  private record Waiter(ArticleSlot slot, int index) {
  }

  /** A distinct sentence (by its normalised text) on its way, with every segment that waits for its translation. */
  private static final class PendingText {
    final String key;
    final String article;
    final TranslationItem item;
    final List<Waiter> waiters = new ArrayList<>(1);

    String text() {
      return item.text();
    }

    PendingText(String key, String article, TranslationItem item) {
      this.key = key;
      this.article = article;
      this.item = item;
    }
  }

  /** A request's result, or the bug that ended it. */
  private record Finished(List<PendingText> texts, @Nullable BatchReply reply, @Nullable Throwable error) {
  }
}

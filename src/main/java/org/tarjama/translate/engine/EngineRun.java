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
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Outcome;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.Translator;

/**
 * One engine run. A single thread (the caller's) reads articles, packs requests, hands them to the workers and
 * delivers finished articles in order; the workers only run the middleware stack. Nothing here is shared with the
 * workers except the queue of finished requests and the limits the retry stage learns from the server.
 */
final class EngineRun {

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
  private final OpenBatch open;
  private final ArrayDeque<List<PendingText>> ready = new ArrayDeque<>();
  private final BlockingQueue<Finished> finished = new LinkedBlockingQueue<>();
  private int windowSegments;
  private int inFlight;

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
    this.open = new OpenBatch(limits);
  }

  /**
   * Batches moving at once: twice the requests allowed at the backend, so that memory lookups and stores overlap
   * the requests of others (see {@link InFlightLimit}).
   */
  static int batchesInFlight(EngineOptions options) {
    return 2 * options.concurrency();
  }

  void drive(Iterator<Article> articles, ArticleSink sink) throws IOException {
    boolean more = true;
    while (true) {
      for (Finished f = finished.poll(); f != null; f = finished.poll()) settle(f);
      deliver(sink);
      while (inFlight < batchesInFlight && !ready.isEmpty()) dispatchWithinLimits(ready.poll());
      if (more && (window.isEmpty() || windowSegments < windowLimit)) {
        if (articles.hasNext()) {
          admit(articles.next());
          continue;
        }
        more = false;
      }
      // nothing more can join the open request now, so send it rather than let a slot idle
      if (inFlight < batchesInFlight && !open.isEmpty()) {
        ready.add(open.take());
        continue;
      }
      if (inFlight == 0) {
        if (!more && window.isEmpty()) return;
        throw new IllegalStateException("engine stalled: " + window.size() + " articles wait but no request is open");
      }
      settle(next());
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

  /** Sends a packed batch, cut again first if the server taught lower limits after it was packed. */
  private void dispatchWithinLimits(List<PendingText> texts) {
    List<List<PendingText>> pieces = open.recut(texts);
    for (int i = pieces.size() - 1; i > 0; i--) ready.addFirst(pieces.get(i));
    dispatch(pieces.get(0));
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
      finished.add(result);
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

  private void deliver(ArticleSink sink) throws IOException {
    while (!window.isEmpty() && window.peek().remaining == 0) {
      ArticleSlot slot = window.poll();
      windowSegments -= slot.weight();
      sink.accept(slot.article, slot.outcomes());
    }
  }

  private Finished next() throws InterruptedIOException {
    try {
      return finished.take();
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

    PendingText(String key, String article, TranslationItem item) {
      this.key = key;
      this.article = article;
      this.item = item;
    }
  }

  /** A request's result, or the bug that ended it. */
  private record Finished(List<PendingText> texts, @Nullable BatchReply reply, @Nullable Throwable error) {
  }

  /**
   * The request being filled, cut when the next sentence would break one of the run's limits (as learnt so far), or
   * would be the first of another article when the backend wants one article a request.
   */
  private static final class OpenBatch {
    private final LearntLimits learnt;
    private List<PendingText> texts = new ArrayList<>();
    private long chars;
    private long bytes;

    OpenBatch(LearntLimits learnt) {
      this.learnt = learnt;
    }

    void add(PendingText text, java.util.function.Consumer<List<PendingText>> full) {
      BatchLimits limits = learnt.current();
      int c = BatchLimits.chars(text.item.text());
      int b = BatchLimits.bytes(text.item.text());
      boolean otherArticle = limits.oneArticlePerRequest() && !texts.isEmpty() && !texts.get(0).article.equals(text.article);
      if (!texts.isEmpty() && (chars + c > limits.maxChars() || bytes + b > limits.maxBytes() || otherArticle)) {
        full.accept(take());
      }
      texts.add(text);
      chars += c;
      bytes += b;
      if (texts.size() >= limits.maxItems()) full.accept(take());
    }

    boolean isEmpty() {
      return texts.isEmpty();
    }

    /** {@code packed} cut to the limits in force now: itself alone while they are those it was packed under. */
    List<List<PendingText>> recut(List<PendingText> packed) {
      List<List<PendingText>> pieces = new ArrayList<>();
      OpenBatch again = new OpenBatch(learnt);
      for (PendingText text : packed) again.add(text, pieces::add);
      if (!again.isEmpty()) pieces.add(again.take());
      return pieces;
    }

    List<PendingText> take() {
      List<PendingText> taken = texts;
      texts = new ArrayList<>();
      chars = 0;
      bytes = 0;
      return taken;
    }
  }
}

package org.tarjama.translate.engine;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;
import org.tarjama.model.Article;
import org.tarjama.model.SegmentId;
import org.tarjama.translate.ArticleSink;
import org.tarjama.translate.Outcome;

/**
 * Hands finished articles, in order, to the sink on a thread of its own, so writing the output never keeps the
 * engine from sending the next request. At most {@code capacity} articles wait; the first failure of the sink
 * is rethrown to the engine, which stops.
 */
final class ArticleWriter implements AutoCloseable {

  private record Finished(@Nullable Article article, Map<SegmentId, Outcome> outcomes) {
  }

  private static final Finished END = new Finished(null, Map.of());

  private final BlockingQueue<Finished> queue;
  private final Thread thread;
  private volatile @Nullable Throwable failure;

  ArticleWriter(ArticleSink sink, int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(() -> write(sink), "tarjama-write");
    thread.setDaemon(true);
    thread.start();
  }

  private void write(ArticleSink sink) {
    try {
      for (Finished f = queue.take(); f != END; f = queue.take()) {
        // after a failure the rest is drained unwritten, so the engine is never blocked on a full queue
        if (failure == null) sink.accept(java.util.Objects.requireNonNull(f.article), f.outcomes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
      queue.clear();
      drain();
    }
  }

  private void drain() {
    try {
      while (queue.take() != END) {
        // discard
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Queues {@code article} for the sink, waiting while the queue is full. */
  void write(Article article, Map<SegmentId, Outcome> outcomes) throws IOException {
    rethrow();
    put(new Finished(article, outcomes));
  }

  /** Throws the sink's failure, if it had one. */
  void rethrow() throws IOException {
    Throwable f = failure;
    if (f == null) return;
    if (f instanceof IOException e) throw e;
    if (f instanceof Error e) throw e;
    throw (RuntimeException) f;
  }

  /** Waits until every queued article is written. */
  void finish() throws IOException {
    put(END);
    join();
    rethrow();
  }

  private void put(Finished f) throws InterruptedIOException {
    try {
      queue.put(f);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the output");
    }
  }

  private void join() throws InterruptedIOException {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the output");
    }
  }

  /** Stops the thread without waiting; for a run that ends in an error. */
  @Override
  public void close() {
    if (thread.isAlive()) thread.interrupt();
  }
}

package org.tarjama.translate.engine;

import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.tarjama.model.Article;

/**
 * Reads, cleans and segments the next articles (whatever the source's iterator does) on a thread of its own, so
 * the engine keeps sending while an article is prepared. At most {@code ahead} articles are read before the engine
 * has taken them; each one, then the end or the source's failure, is posted to the engine.
 */
final class ArticleReader implements AutoCloseable {

  /** What the reader tells the engine: an article, or the end of the source ({@code article} null), or a failure. */
  record Read(@Nullable Article article, @Nullable Throwable failure) {
  }

  private final Semaphore ahead;
  private final Thread thread;

  ArticleReader(Iterator<Article> articles, int ahead, Consumer<Read> post) {
    this.ahead = new Semaphore(ahead);
    this.thread = new Thread(() -> read(articles, post), "tarjama-read");
    thread.setDaemon(true);
    thread.start();
  }

  private void read(Iterator<Article> articles, Consumer<Read> post) {
    try {
      while (true) {
        ahead.acquire();
        if (!articles.hasNext()) break;
        post.accept(new Read(articles.next(), null));
      }
      post.accept(new Read(null, null));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      post.accept(new Read(null, e));
    }
  }

  /** The engine took an article: one more may be read. */
  void taken() {
    ahead.release();
  }

  @Override
  public void close() {
    if (thread.isAlive()) thread.interrupt();
  }
}

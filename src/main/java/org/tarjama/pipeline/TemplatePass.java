package org.tarjama.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.tarjama.clean.BatchTemplate;
import org.tarjama.io.ArticleStream;
import org.tarjama.io.InputFile;
import org.tarjama.io.InputFormats;
import org.tarjama.io.UnreadableInputException;

/**
 * The first pass over a batch: every file read, decoded and its lines hashed on all cores, the hashes counted in
 * input order (the sketch's conservative update depends on the order, so the template is the one a single thread
 * learns). Unreadable inputs are passed over here and reported by the second pass.
 */
final class TemplatePass {

  /** Files read ahead per thread: enough to keep every core busy, few enough that their hashes stay small. */
  private static final int AHEAD_PER_THREAD = 8;

  private TemplatePass() {
  }

  /** The template of {@code files}, each thread reading with its own {@code formats} (an InputFormats is not shared). */
  static BatchTemplate learn(List<InputFile> files, Supplier<InputFormats> formats, int threads) {
    BatchTemplate template = BatchTemplate.learning(BatchTemplate.Rule.defaults());
    if (threads <= 1 || files.size() < 2) {
      InputFormats one = formats.get();
      for (InputFile file : files) hashes(one, file).forEach(template::learnLines);
      return template;
    }
    ThreadLocal<InputFormats> perThread = ThreadLocal.withInitial(formats);
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "tarjama-template-pass");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Deque<Future<List<Set<Long>>>> ahead = new ArrayDeque<>();
      Iterator<InputFile> next = files.iterator();
      while (next.hasNext() || !ahead.isEmpty()) {
        while (next.hasNext() && ahead.size() < threads * AHEAD_PER_THREAD) {
          InputFile file = next.next();
          ahead.add(pool.submit(() -> hashes(perThread.get(), file)));
        }
        done(ahead.remove()).forEach(template::learnLines);
      }
    } finally {
      pool.shutdownNow();
    }
    return template;
  }

  /** The line hashes of each article of {@code file}; none when it cannot be read. */
  private static List<Set<Long>> hashes(InputFormats formats, InputFile file) {
    List<Set<Long>> articles = new ArrayList<>();
    try (ArticleStream stream = formats.open(file, bad -> { })) {
      stream.forEachRemaining(article -> articles.add(BatchTemplate.lineHashes(article.text())));
    } catch (UnreadableInputException e) {
      // reported when the second pass reads it
    }
    return articles;
  }

  private static List<Set<Long>> done(Future<List<Set<Long>>> hashes) {
    try {
      return hashes.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while learning the batch template", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException(e.getCause());
    }
  }
}

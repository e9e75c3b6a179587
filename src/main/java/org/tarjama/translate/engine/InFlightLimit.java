package org.tarjama.translate.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.BatchPacker;
import org.tarjama.translate.Outcome;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.BackendException;

/**
 * Lets at most {@code concurrency} requests be open at the backend at once. The engine keeps more batches moving
 * than that, so while requests are out the next batches have already passed the memory and wait here: a slot
 * that frees is refilled at once, and storing a reply never delays the next request. Above the circuit breaker
 * and the rate limit, so only a request that can go is checked against them.
 * A request that waited here while another was refused as too large goes in parts that fit the learnt limits, so
 * that once a limit is learnt no request breaks it.
 */
final class InFlightLimit implements Middleware {

  private final Semaphore slots;
  private final String backend;
  private final LearntLimits limits;

  InFlightLimit(int concurrency, String backend, LearntLimits limits) {
    this.slots = new Semaphore(concurrency, true);
    this.backend = backend;
    this.limits = limits;
  }

  @Override
  public BatchReply intercept(Chain chain) throws BackendException {
    Batch batch = chain.batch();
    acquire();
    BatchLimits now = limits.current();
    if (batch.size() > 1 && !now.fits(batch.items())) {
      // another request was refused as too large while this one waited: it goes in parts that fit what was learnt
      slots.release();
      return inParts(chain, batch, now);
    }
    try {
      return chain.proceed(batch);
    } finally {
      slots.release();
    }
  }

  private BatchReply inParts(Chain chain, Batch batch, BatchLimits now) throws BackendException {
    List<List<TranslationItem>> parts = BatchPacker.pack(batch.items(), now, TranslationItem::text, item -> "");
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    for (List<TranslationItem> part : parts) {
      Batch piece = new Batch(part);
      acquire();
      try {
        outcomes.addAll(chain.proceed(piece).outcomes());
      } finally {
        slots.release();
      }
    }
    return new BatchReply(outcomes);
  }

  private void acquire() throws BackendException.Transient {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackendException.Transient(backend, "interrupted while waiting for a request slot");
    }
  }
}

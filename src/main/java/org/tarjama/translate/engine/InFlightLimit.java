package org.tarjama.translate.engine;

import java.util.concurrent.Semaphore;
import org.tarjama.translate.BackendException;

/**
 * Lets at most {@code concurrency} requests be open at the backend at once. The engine keeps more batches moving
 * than that, so while requests are out the next batches have already passed the memory and wait here: a slot
 * that frees is refilled at once, and storing a reply never delays the next request. Above the circuit breaker
 * and the rate limit, so only a request that can go is checked against them.
 */
final class InFlightLimit implements Middleware {

  private final Semaphore slots;
  private final String backend;

  InFlightLimit(int concurrency, String backend) {
    this.slots = new Semaphore(concurrency, true);
    this.backend = backend;
  }

  @Override
  public BatchReply intercept(Chain chain) throws BackendException {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackendException.Transient(backend, "interrupted while waiting for a request slot");
    }
    try {
      return chain.proceed(chain.batch());
    } finally {
      slots.release();
    }
  }
}

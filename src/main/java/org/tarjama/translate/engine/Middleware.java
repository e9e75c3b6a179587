package org.tarjama.translate.engine;

import org.tarjama.translate.BackendException;

/**
 * One stage of a request's trip to the backend, in OkHttp's interceptor style: it may answer by itself (a
 * memory hit), pass the batch on with {@link Chain#proceed}, pass it on several times (retries, halves), or
 * change what comes back. The backend call is simply the last stage.
 */
@FunctionalInterface
public interface Middleware {

  BatchReply intercept(Chain chain) throws BackendException;

  /** What a stage sees: the batch, which attempt this is, the batch's deadline, and the rest of the stack. */
  interface Chain {

    Batch batch();

    /** 1 for the first try; the retry stage counts up. */
    int attempt();

    /** When the batch must be finished, all attempts and waits included. */
    Deadline deadline();

    /** This chain, as seen by a later attempt. */
    Chain withAttempt(int attempt);

    /** Sends {@code batch} through the rest of the stack; the reply has one outcome per item. */
    BatchReply proceed(Batch batch) throws BackendException;
  }
}

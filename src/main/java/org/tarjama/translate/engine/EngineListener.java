package org.tarjama.translate.engine;

import java.time.Duration;

/**
 * Observes the engine without changing it (progress bars, run reports), like OkHttp's EventListener. Called
 * from the engine's worker threads, so implementations must be thread-safe and quick.
 */
public interface EngineListener {

  EngineListener NONE = new EngineListener() { };

  /** A request left for the backend (every attempt counts). */
  default void requestSent(int segments, long characters) {
  }

  /** The backend answered a request, or the call failed or timed out, after {@code took}. */
  default void replyReceived(int segments, Duration took) {
  }

  /** A batch will be tried again after {@code wait}; {@code cause} is transient, rate-limited or malformed-reply. */
  default void retrying(String cause, Duration wait) {
  }

  /** A request waited {@code wait} for a rate-limit permit. */
  default void waitedForPermit(Duration wait) {
  }

  /** Segments answered from the translation memory. */
  default void memoryHits(int segments) {
  }

  /** A segment joined an identical sentence already on its way to the backend. */
  default void duplicate() {
  }

  /** The circuit breaker stopped sending for {@code openFor} after repeated failures. */
  default void circuitOpened(String backend, Duration openFor) {
  }

  /** Nothing more will be sent to the backend; remaining segments fail with this reason. */
  default void backendStopped(String reason) {
  }

  /** Segments reached their outcome. */
  default void segmentsDone(int translated, int failed) {
  }

  /** The server refused a batch as too large: requests now carry at most {@code value} by {@code option} (e.g. max-items). */
  default void limitLearnt(String option, int value) {
  }

  /** The backend stopped answering during the run ({@code problem}); requests wait, {@code waited} of at most {@code bound}. */
  default void waitingForBackend(String problem, Duration waited, Duration bound) {
  }

  /** The backend did not come back within the bound: nothing more is sent; remaining segments fail with this reason. */
  default void backendLost(String reason) {
  }

  /** Both listeners, {@code first} first. */
  static EngineListener both(EngineListener first, EngineListener second) {
    if (first == NONE) return second;
    if (second == NONE) return first;
    return new EngineListener() {
      @Override
      public void requestSent(int segments, long characters) {
        first.requestSent(segments, characters);
        second.requestSent(segments, characters);
      }

      @Override
      public void replyReceived(int segments, Duration took) {
        first.replyReceived(segments, took);
        second.replyReceived(segments, took);
      }

      @Override
      public void retrying(String cause, Duration wait) {
        first.retrying(cause, wait);
        second.retrying(cause, wait);
      }

      @Override
      public void waitedForPermit(Duration wait) {
        first.waitedForPermit(wait);
        second.waitedForPermit(wait);
      }

      @Override
      public void memoryHits(int segments) {
        first.memoryHits(segments);
        second.memoryHits(segments);
      }

      @Override
      public void duplicate() {
        first.duplicate();
        second.duplicate();
      }

      @Override
      public void circuitOpened(String backend, Duration openFor) {
        first.circuitOpened(backend, openFor);
        second.circuitOpened(backend, openFor);
      }

      @Override
      public void backendStopped(String reason) {
        first.backendStopped(reason);
        second.backendStopped(reason);
      }

      @Override
      public void segmentsDone(int translated, int failed) {
        first.segmentsDone(translated, failed);
        second.segmentsDone(translated, failed);
      }

      @Override
      public void limitLearnt(String option, int value) {
        first.limitLearnt(option, value);
        second.limitLearnt(option, value);
      }

      @Override
      public void waitingForBackend(String problem, Duration waited, Duration bound) {
        first.waitingForBackend(problem, waited, bound);
        second.waitingForBackend(problem, waited, bound);
      }

      @Override
      public void backendLost(String reason) {
        first.backendLost(reason);
        second.backendLost(reason);
      }
    };
  }
}

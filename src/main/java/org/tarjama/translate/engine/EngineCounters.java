package org.tarjama.translate.engine;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.tarjama.translate.EngineReport;

/** Adds up what the engine did into an {@link EngineReport}. */
final class EngineCounters implements EngineListener {

  private final EngineClock clock;
  private final long started;
  private long requests;
  private long segmentsSent;
  private long charactersSent;
  private long memoryHits;
  private long duplicates;
  private long failed;
  private long backendWaitNanos;
  private long permitWaitNanos;
  private long retryWaitNanos;
  private long busyNanos;
  private long busySince;
  private int open;
  private String stoppedReason = "";
  private final Map<String, Long> retries = new TreeMap<>();
  private final Map<String, Integer> learntLimits = new TreeMap<>();
  private boolean backendLost;

  EngineCounters(EngineClock clock) {
    this.clock = clock;
    this.started = clock.nanos();
  }

  @Override
  public synchronized void requestSent(int segments, long characters) {
    requests++;
    segmentsSent += segments;
    charactersSent += characters;
    if (open++ == 0) busySince = clock.nanos();
  }

  @Override
  public synchronized void replyReceived(int segments, Duration took) {
    backendWaitNanos += took.toNanos();
    if (--open == 0) busyNanos += clock.nanos() - busySince;
  }

  @Override
  public synchronized void retrying(String cause, Duration wait) {
    retries.merge(cause, 1L, Long::sum);
    retryWaitNanos += wait.toNanos();
  }

  @Override
  public synchronized void waitedForPermit(Duration wait) {
    permitWaitNanos += wait.toNanos();
  }

  @Override
  public synchronized void memoryHits(int segments) {
    memoryHits += segments;
  }

  @Override
  public synchronized void duplicate() {
    duplicates++;
  }

  @Override
  public synchronized void backendStopped(String reason) {
    if (stoppedReason.isEmpty()) stoppedReason = reason;
  }

  @Override
  public synchronized void limitLearnt(String option, int value) {
    learntLimits.merge(option, value, Math::min);
  }

  @Override
  public synchronized void backendLost(String reason) {
    backendLost = true;
    backendStopped(reason);
  }

  @Override
  public synchronized void segmentsDone(int translated, int failedSegments) {
    failed += failedSegments;
  }

  synchronized EngineReport report() {
    return new EngineReport(requests, segmentsSent, charactersSent, memoryHits, retries, failed, millis(backendWaitNanos),
        duplicates, millis(permitWaitNanos), millis(retryWaitNanos), millis(busyNanos), millis(clock.nanos() - started),
        stoppedReason, learntLimits, backendLost);
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }
}

package org.tarjama.translate;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the engine did in a run, for {@code run.json}. Requests count every call to the backend, retries
 * included; {@code segmentsSent} and {@code charactersSent} count what those calls carried (what a per-character
 * price bills). {@code memoryHits} are segments answered by the translation memory and {@code duplicateSegments}
 * segments that shared a request with an identical sentence of the same run. {@code backendWaitMillis} sums the
 * time of every call, {@code backendBusyMillis} is the wall-clock time with at least one call open, to set against
 * {@code engineMillis}, the engine's whole wall-clock time. {@code stoppedReason} is empty unless the backend was
 * stopped (quota used up, key refused, or failing without end). {@code learntLimits} holds the batch limits the
 * server taught the run (option name to value, e.g. {@code max-items} 20); {@code backendLost} is true when the backend
 * stopped answering during the run and did not come back in time.
 */
public record EngineReport(long requests, long segmentsSent, long charactersSent, long memoryHits,
                           Map<String, Long> retriesByCause, long failedSegments, long backendWaitMillis,
                           long duplicateSegments, long rateLimitWaitMillis, long retryWaitMillis,
                           long backendBusyMillis, long engineMillis, String stoppedReason,
                           Map<String, Integer> learntLimits, boolean backendLost) {

  public EngineReport {
    retriesByCause = java.util.Collections.unmodifiableMap(new TreeMap<>(retriesByCause));
    learntLimits = java.util.Collections.unmodifiableMap(new TreeMap<>(learntLimits));
  }

  /** A report with nothing learnt and the backend never lost. */
  public EngineReport(long requests, long segmentsSent, long charactersSent, long memoryHits,
                      Map<String, Long> retriesByCause, long failedSegments, long backendWaitMillis,
                      long duplicateSegments, long rateLimitWaitMillis, long retryWaitMillis,
                      long backendBusyMillis, long engineMillis, String stoppedReason) {
    this(requests, segmentsSent, charactersSent, memoryHits, retriesByCause, failedSegments, backendWaitMillis,
        duplicateSegments, rateLimitWaitMillis, retryWaitMillis, backendBusyMillis, engineMillis, stoppedReason, Map.of(),
        false);
  }

  /** The report of an engine that knows no memory, rate limit or retry. */
  public EngineReport(long requests, long segmentsSent, long charactersSent, long memoryHits,
                      Map<String, Long> retriesByCause, long failedSegments, long backendWaitMillis) {
    this(requests, segmentsSent, charactersSent, memoryHits, retriesByCause, failedSegments, backendWaitMillis,
        0, 0, 0, backendWaitMillis, backendWaitMillis, "");
  }

  public long retries() {
    return retriesByCause.values().stream().mapToLong(Long::longValue).sum();
  }
}

package org.tarjama.translate;

import java.util.Map;
import java.util.TreeMap;

/** What the engine did in a run, for {@code run.json}. */
public record EngineReport(long requests, long segmentsSent, long charactersSent, long memoryHits,
                           Map<String, Long> retriesByCause, long failedSegments, long backendWaitMillis) {

  public EngineReport {
    retriesByCause = java.util.Collections.unmodifiableMap(new TreeMap<>(retriesByCause));
  }
}

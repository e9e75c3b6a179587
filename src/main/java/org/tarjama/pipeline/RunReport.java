package org.tarjama.pipeline;

import java.util.List;
import org.tarjama.io.Skipped;
import org.tarjama.translate.EngineReport;

/** What a translate run did, written as {@code run.json}. */
public record RunReport(String version, String backend, String model, List<String> inputs, Counts counts,
                        List<Skipped> skipped, Timings timings, EngineReport engine, List<RepairedInput> repaired) {

  public RunReport {
    inputs = List.copyOf(inputs);
    skipped = List.copyOf(skipped);
    repaired = repaired == null ? List.of() : List.copyOf(repaired); // null in a run.json written before repairs
  }

  public RunReport(String version, String backend, String model, List<String> inputs, Counts counts,
                   List<Skipped> skipped, Timings timings, EngineReport engine) {
    this(version, backend, model, inputs, counts, skipped, timings, engine, List.of());
  }

  /** Whether anything was skipped, repaired or failed, so the run exits 1. */
  public boolean hasFailures() {
    return counts.failures() > 0 || !skipped.isEmpty() || !repaired.isEmpty();
  }

  /** Wall-clock milliseconds spent in each part of the run. */
  public record Timings(long prepareMillis, long translateMillis, long totalMillis) {
  }
}

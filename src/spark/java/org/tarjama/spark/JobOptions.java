package org.tarjama.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tarjama.io.InputOptions;

/**
 * What one run of the Spark job does. Rate limits are for the whole cluster (0: the backend's own); each running
 * task gets its share. {@code concurrency} is requests in flight per task. {@code hook} lets tests fail a task.
 */
public record JobOptions(List<String> inputs, String out, String backend, @Nullable String endpoint,
                         @Nullable String model, Map<String, String> backendOptions, int concurrency,
                         double requestsPerSecond, long charactersPerMinute, int partitions, boolean parquet,
                         Dedup dedup, double nearThreshold, InputOptions input, TaskHook hook) implements Serializable {

  /** Which duplicates to list in {@code excluded}: as {@code tarjama export --dedup}. */
  public enum Dedup { NONE, EXACT, NEAR }

  /** Called in each task once its partition is translated, before its pairs are written. */
  @FunctionalInterface
  public interface TaskHook extends Serializable {
    void translated(int partition, int attempt);

    TaskHook NONE = (partition, attempt) -> { };
  }

  public JobOptions {
    if (inputs.isEmpty()) throw new IllegalArgumentException("give at least one input path");
    if (concurrency < 1) throw new IllegalArgumentException("--concurrency must be at least 1, got " + concurrency);
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 (the job chooses) or more, got " + partitions);
    }
    if (!(Double.isFinite(requestsPerSecond) && requestsPerSecond >= 0) || charactersPerMinute < 0) {
      throw new IllegalArgumentException("rate limits must be numbers, 0 or more (0 means the backend's own), got "
          + requestsPerSecond + " requests/s and " + charactersPerMinute + " characters/min");
    }
    if (!(nearThreshold > 0 && nearThreshold <= 1)) {
      throw new IllegalArgumentException("--near-threshold must be in (0, 1], got " + nearThreshold);
    }
    inputs = List.copyOf(inputs);
    backendOptions = Map.copyOf(backendOptions);
  }

  /** Defaults as the command line's: 4 requests in flight per task, near dedup at 0.35, JSONL output. */
  public static JobOptions of(List<String> inputs, String out, String backend, @Nullable String endpoint) {
    return new JobOptions(inputs, out, backend, endpoint, null, Map.of(), 4, 0, 0, 0, false, Dedup.NEAR, 0.35,
        InputOptions.defaults(), TaskHook.NONE);
  }

  public JobOptions withHook(TaskHook newHook) {
    return new JobOptions(inputs, out, backend, endpoint, model, backendOptions, concurrency, requestsPerSecond,
        charactersPerMinute, partitions, parquet, dedup, nearThreshold, input, newHook);
  }

  public JobOptions withDedup(Dedup newDedup, double threshold) {
    return new JobOptions(inputs, out, backend, endpoint, model, backendOptions, concurrency, requestsPerSecond,
        charactersPerMinute, partitions, parquet, newDedup, threshold, input, hook);
  }

  public JobOptions withParquet(boolean newParquet) {
    return new JobOptions(inputs, out, backend, endpoint, model, backendOptions, concurrency, requestsPerSecond,
        charactersPerMinute, partitions, newParquet, dedup, nearThreshold, input, hook);
  }

  public JobOptions withPartitions(int newPartitions) {
    return new JobOptions(inputs, out, backend, endpoint, model, backendOptions, concurrency, requestsPerSecond,
        charactersPerMinute, newPartitions, parquet, dedup, nearThreshold, input, hook);
  }

  public JobOptions withRateLimits(double newRequestsPerSecond, long newCharactersPerMinute) {
    return new JobOptions(inputs, out, backend, endpoint, model, backendOptions, concurrency, newRequestsPerSecond,
        newCharactersPerMinute, partitions, parquet, dedup, nearThreshold, input, hook);
  }

  public JobOptions withInput(InputOptions newInput) {
    return new JobOptions(inputs, out, backend, endpoint, model, backendOptions, concurrency, requestsPerSecond,
        charactersPerMinute, partitions, parquet, dedup, nearThreshold, newInput, hook);
  }
}

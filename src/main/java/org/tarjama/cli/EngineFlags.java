package org.tarjama.cli;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.tarjama.memory.MemoryLocation;
import org.tarjama.translate.engine.EngineListener;
import org.tarjama.translate.engine.EngineOptions;
import org.tarjama.translate.engine.TermsOverride;

/** The translate options that steer the engine: concurrency, memory, rate limits, prices, timeout, dry run. */
final class EngineFlags {

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + EngineOptions.DEFAULT_CONCURRENCY,
      description = "Requests in flight at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Mixin
  TmCommand.MemoryFile tm;

  @Option(names = "--no-tm",
      description = "Use no translation memory: nothing is read from it or kept (repeats within the run are still sent once).")
  boolean noTm;

  @Option(names = "--dry-run",
      description = "Count the segments, characters, requests, memory hits and cost of the run without sending anything.")
  boolean dryRun;

  @Option(names = "--max-requests-per-second", paramLabel = "N",
      description = "Requests per second allowed by the backend (default: its requests-per-minute option, else what "
          + "the backend declares; 0 for no limit).")
  @Nullable Double requestsPerSecond;

  @Option(names = "--max-chars-per-minute", paramLabel = "N",
      description = "Source characters per minute allowed by the backend (default: its characters-per-minute option, "
          + "else what the backend declares; 0 for no limit).")
  @Nullable Long charactersPerMinute;

  @Option(names = "--price-per-million-chars", paramLabel = "USD",
      description = "Price per million source characters, for --dry-run (default: the price-per-million-characters "
          + "option, else the backend's example price).")
  @Nullable Double price;

  @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up on one request after this long and retry it (default: ${DEFAULT-VALUE}).")
  int requestTimeoutSeconds;

  @Option(names = "--wait-for-backend", paramLabel = "SECONDS",
      defaultValue = "" + 300,
      description = "How long to wait for a backend that stops answering (or answers only with failures) during the"
          + " run before giving it up"
          + " (default: ${DEFAULT-VALUE}); one that does not answer at the start ends the run at once.")
  int waitForBackendSeconds;

  EngineOptions toOptions(EngineListener listener) {
    if (noTm && tm.file != null) throw new IllegalArgumentException("--tm and --no-tm exclude each other; give one");
    if (requestTimeoutSeconds < 1) throw new IllegalArgumentException("--request-timeout must be at least 1 second");
    if (waitForBackendSeconds < 0) throw new IllegalArgumentException("--wait-for-backend must not be negative");
    if (!zeroOrMore(requestsPerSecond) || (charactersPerMinute != null && charactersPerMinute < 0)
        || !zeroOrMore(price)) {
      throw new IllegalArgumentException("rate limits and prices must be numbers, 0 or more (0 means no limit)");
    }
    EngineOptions defaults = EngineOptions.defaults();
    TermsOverride override = new TermsOverride(
        requestsPerSecond == null ? OptionalDouble.empty() : OptionalDouble.of(requestsPerSecond),
        charactersPerMinute == null ? OptionalLong.empty() : OptionalLong.of(charactersPerMinute),
        price == null ? OptionalDouble.empty() : OptionalDouble.of(price));
    return defaults.newBuilder()
        .concurrency(concurrency)
        .memory(noTm ? MemoryLocation.none() : tm.location())
        .override(override)
        .retry(defaults.retry().withRequestTimeout(Duration.ofSeconds(requestTimeoutSeconds)))
        .breaker(defaults.breaker().withWaitForBackend(Duration.ofSeconds(waitForBackendSeconds)))
        .listener(listener)
        .build();
  }

  /** Unset, or a finite number not below 0: NaN and Infinity parse as doubles but would silently mean no limit. */
  private static boolean zeroOrMore(@Nullable Double value) {
    return value == null || Double.isFinite(value) && value >= 0;
  }
}

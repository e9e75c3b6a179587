package org.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjama.pipeline.RunListener;
import org.tarjama.translate.EngineReport;

class ProgressReporterTest {

  private final StringWriter err = new StringWriter();
  private long now;

  private ProgressReporter plain() {
    return new ProgressReporter(new PrintWriter(err, true), RunListener.NONE, false, () -> now, Duration.ofSeconds(10));
  }

  @Test
  void withoutATerminalAPlainLineIsWrittenAtMostOncePerInterval() {
    ProgressReporter progress = plain();
    progress.inputsFound(5);
    progress.segmentsDone(3, 0);
    progress.memoryHits(2);
    now = Duration.ofSeconds(4).toNanos();
    progress.articleWritten(null, List.of());
    assertEquals("", err.toString());

    progress.segmentsDone(16, 1);
    progress.retrying("transient", Duration.ofMillis(250));
    now = Duration.ofSeconds(10).toNanos();
    progress.articleWritten(null, List.of());
    now = Duration.ofSeconds(12).toNanos();
    progress.articleWritten(null, List.of());

    assertEquals("tarjama: 2/5 articles, 20 segments (1 failed, 2 from memory), 1 retries, 2 segments/s\n", err.toString());
  }

  @Test
  void aLongWaitForTheRateLimitIsSaidSoTheRunDoesNotLookHung() {
    ProgressReporter progress = plain();
    progress.waitedForPermit(Duration.ofMillis(25));
    assertEquals("", err.toString());

    progress.waitedForPermit(Duration.ofSeconds(5_873));
    progress.waitedForPermit(Duration.ofSeconds(5_900)); // another request in the same interval: said once
    now = Duration.ofSeconds(10).toNanos();
    progress.waitedForPermit(Duration.ofSeconds(5_863));

    String line = " for the rate limit (--max-requests-per-second, --max-chars-per-minute, else the backend's own limits)\n";
    assertEquals("tarjama: the next request waits 5873 s" + line + "tarjama: the next request waits 5863 s" + line,
        err.toString());
  }

  @Test
  void moreArticlesThanFilesAFileOfJsonlRecordsSayNoTotal() {
    ProgressReporter progress = plain();
    progress.inputsFound(1);
    progress.articleWritten(null, List.of());
    now = Duration.ofSeconds(10).toNanos();
    progress.articleWritten(null, List.of());

    assertEquals("tarjama: 2 articles, 0 segments (0 failed, 0 from memory), 0 retries, 0 segments/s\n", err.toString());
  }

  @Test
  void theSummarySetsBackendTimeAgainstTheWhole() {
    EngineReport report = new EngineReport(12, 480, 52_000, 30, Map.of("transient", 2L, "rate-limited", 1L), 4, 9_000,
        6, 0, 1_500, 3_200, 4_000, "");

    plain().summary(report);

    assertEquals("tarjama: 12 requests (480 segments, 52,000 characters sent), 30 from memory, 6 repeats sent once,"
        + " 3 retries (rate-limited 1, transient 2); backend busy 3.2 s of 4.0 s\n", err.toString());
  }
}

package org.tarjama.translate.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

  private static Optional<Duration> parse(String... namesAndValues) {
    return RetryAfter.parse(Headers.of(namesAndValues), NOW);
  }

  @Test
  void secondsAreRead() {
    assertEquals(Optional.of(Duration.ofSeconds(20)), parse("Retry-After", "20"));
  }

  @Test
  void fractionalSecondsAreRespected() {
    assertEquals(Optional.of(Duration.ofMillis(1500)), parse("retry-after", "1.5"));
  }

  @Test
  void httpDateIsTheDelayFromNow() {
    assertEquals(Optional.of(Duration.ofSeconds(90)), parse("Retry-After", "Thu, 01 Jan 2026 12:01:30 GMT"));
  }

  @Test
  void dateInThePastMeansNoWait() {
    assertEquals(Optional.of(Duration.ZERO), parse("Retry-After", "Thu, 01 Jan 2026 11:00:00 GMT"));
  }

  @Test
  void millisecondsHeaderComesFirst() {
    assertEquals(Optional.of(Duration.ofMillis(250)), parse("retry-after-ms", "250", "Retry-After", "9"));
  }

  @Test
  void unreadableMillisecondsFallBackToRetryAfter() {
    assertEquals(Optional.of(Duration.ofSeconds(9)), parse("retry-after-ms", "soon", "Retry-After", "9"));
  }

  @Test
  void garbageAndNegativeValuesGiveNoDelay() {
    assertEquals(Optional.empty(), parse("Retry-After", "tomorrow-ish"));
    assertEquals(Optional.empty(), parse("Retry-After", "-5"));
    assertEquals(Optional.empty(), parse());
  }
}

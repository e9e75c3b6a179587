package org.tarjama.translate.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/**
 * The delay a server asks for: {@code retry-after-ms} first (OpenAI, Anthropic), then {@code Retry-After}
 * as seconds (fractions allowed) or as an HTTP-date, the order the official OpenAI and Anthropic SDKs use.
 */
public final class RetryAfter {

  private RetryAfter() {
  }

  public static Optional<Duration> parse(Headers headers, Instant now) {
    String millis = headers.get("retry-after-ms");
    if (millis != null) {
      Optional<Double> ms = number(millis);
      if (ms.isPresent()) return Optional.of(Duration.ofNanos(Math.round(ms.get() * 1_000_000)));
    }
    String value = headers.get("Retry-After");
    if (value == null) return Optional.empty();
    Optional<Double> seconds = number(value);
    if (seconds.isPresent()) return Optional.of(Duration.ofNanos(Math.round(seconds.get() * 1_000_000_000)));
    try {
      Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Double> number(String text) {
    try {
      double d = Double.parseDouble(text.strip());
      return d >= 0 && Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

package org.tarjama.translate.engine;

import org.tarjama.translate.BackendDescriptor;
import org.tarjama.translate.BackendSettings;

/**
 * A backend's rate limits and price: requests per second and characters per minute (token buckets; a
 * non-positive or infinite value means no limit), and the price in US dollars per million source characters
 * (0 when the backend is free or not priced per character). {@link #of} reads them from what the backend declares.
 */
public record BackendTerms(double requestsPerSecond, long charactersPerMinute, double pricePerMillionChars) {

  public static final BackendTerms UNLIMITED = new BackendTerms(Double.POSITIVE_INFINITY, Long.MAX_VALUE, 0);

  /**
   * The terms in {@code settings} (options requests-per-minute, characters-per-minute, price-per-million-characters),
   * else the backend's declared defaults; 0 means no limit.
   */
  public static BackendTerms of(BackendDescriptor backend, BackendSettings settings) {
    return new BackendTerms(backend.number(settings, BackendDescriptor.REQUESTS_PER_MINUTE) / 60,
        (long) backend.number(settings, BackendDescriptor.CHARACTERS_PER_MINUTE),
        backend.number(settings, BackendDescriptor.PRICE_PER_MILLION_CHARACTERS));
  }

  public boolean limitsRequests() {
    return requestsPerSecond > 0 && !Double.isInfinite(requestsPerSecond);
  }

  public boolean limitsCharacters() {
    return charactersPerMinute > 0 && charactersPerMinute != Long.MAX_VALUE;
  }

  public BackendTerms withRequestsPerSecond(double value) {
    return new BackendTerms(value, charactersPerMinute, pricePerMillionChars);
  }

  public BackendTerms withCharactersPerMinute(long value) {
    return new BackendTerms(requestsPerSecond, value, pricePerMillionChars);
  }

  public BackendTerms withPricePerMillionChars(double value) {
    return new BackendTerms(requestsPerSecond, charactersPerMinute, value);
  }
}

package org.tarjama.translate.engine;

import java.util.Locale;
import java.util.Map;

/**
 * A backend's rate limits and price: requests per second and characters per minute (token buckets; a
 * non-positive or infinite value means no limit), and the price in US dollars per million source characters
 * (0 when the backend is free or not priced per character). {@link #DEFAULTS} holds one row per backend.
 */
public record BackendTerms(double requestsPerSecond, long charactersPerMinute, double pricePerMillionChars) {

  public static final BackendTerms UNLIMITED = new BackendTerms(Double.POSITIVE_INFINITY, Long.MAX_VALUE, 0);

  /**
   * Defaults by backend name, from ../shared/backends.md where it states a limit. Prices are EXAMPLES from public
   * list prices at the time of writing, for --dry-run estimates only: check your contract and set
   * --price-per-million-chars. Backends not listed are unlimited and unpriced.
   */
  public static final Map<String, BackendTerms> DEFAULTS = Map.of(
      // no published request rate; 429/529 are retried; example price: DeepL API Pro per character
      "deepl", new BackendTerms(10, Long.MAX_VALUE, 25.0),
      // v2 and v3 share a quota of 6,000,000 characters per minute per project
      "google", new BackendTerms(Double.POSITIVE_INFINITY, 6_000_000, 20.0),
      // S1 tier: 40M characters per hour; F0 (free) allows 2M per hour, set --max-chars-per-minute 33000
      "azure", new BackendTerms(Double.POSITIVE_INFINITY, 666_000, 10.0),
      // one text per call, throttling undocumented; example list price per character
      "amazon", new BackendTerms(20, Long.MAX_VALUE, 15.0),
      // self-hosted servers are unlimited by default (--req-limit is per minute when set)
      "libretranslate", UNLIMITED,
      // priced per token, limits depend on the account tier: the backend's 429 and Retry-After pace us
      "openai", UNLIMITED,
      "anthropic", UNLIMITED);

  public static BackendTerms forBackend(Map<String, BackendTerms> table, String backend) {
    return table.getOrDefault(backend.toLowerCase(Locale.ROOT), UNLIMITED);
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

package org.tarjama.translate.http;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.HttpUrl;
import org.tarjama.translate.BackendDescriptor;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.BatchLimits;

/**
 * Reads the options every backend understands ({@code timeout} in seconds, and {@code max-items},
 * {@code max-chars}, {@code max-bytes}, {@code max-item-chars} overriding its batch limits), and typed
 * backend-specific ones. A bad value is reported with the backend, the option and what it must be.
 */
public final class Options {

  public static final String TIMEOUT = BackendDescriptor.TIMEOUT;
  public static final String MAX_ITEMS = BackendDescriptor.MAX_ITEMS;
  public static final String MAX_CHARS = BackendDescriptor.MAX_CHARS;
  public static final String MAX_BYTES = BackendDescriptor.MAX_BYTES;
  public static final String MAX_ITEM_CHARS = BackendDescriptor.MAX_ITEM_CHARS;

  private Options() {
  }

  public static Duration timeout(String backend, BackendSettings settings, Duration fallback)
      throws BackendUnavailableException {
    Optional<String> value = settings.option(TIMEOUT);
    if (value.isEmpty()) return fallback;
    try {
      BigDecimal seconds = new BigDecimal(value.get().strip());
      if (seconds.signum() > 0) return Duration.ofMillis(Math.max(1, seconds.movePointRight(3).longValue()));
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(backend, TIMEOUT, value.get(), "a positive number of seconds, e.g. 30 or 0.5");
  }

  /** {@code defaults} with any limit the options override. */
  public static BatchLimits limits(String backend, BackendSettings settings, BatchLimits defaults)
      throws BackendUnavailableException {
    return new BatchLimits(positive(backend, settings, MAX_ITEMS, defaults.maxItems()),
        positive(backend, settings, MAX_CHARS, defaults.maxChars()),
        positive(backend, settings, MAX_BYTES, defaults.maxBytes()),
        positive(backend, settings, MAX_ITEM_CHARS, defaults.maxItemChars()), defaults.oneArticlePerRequest());
  }

  /** {@link #limits}, or empty when an option is bad (create() reports it), for {@code TranslatorProvider.limits}. */
  public static Optional<BatchLimits> limitsIfValid(String backend, BackendSettings settings, BatchLimits defaults) {
    try {
      return Optional.of(limits(backend, settings, defaults));
    } catch (BackendUnavailableException e) {
      return Optional.empty();
    }
  }

  public static int positive(String backend, BackendSettings settings, String name, int fallback)
      throws BackendUnavailableException {
    Optional<String> value = settings.option(name);
    if (value.isEmpty()) return fallback;
    try {
      int n = Integer.parseInt(value.get().strip());
      if (n > 0) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(backend, name, value.get(), "a positive whole number");
  }

  public static boolean flag(String backend, BackendSettings settings, String name, boolean fallback)
      throws BackendUnavailableException {
    Optional<String> value = settings.option(name);
    if (value.isEmpty()) return fallback;
    return switch (value.get().strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw bad(backend, name, value.get(), "true or false");
    };
  }

  /** One of {@code allowed}, or {@code fallback} when the option is not set. */
  public static String choice(String backend, BackendSettings settings, String name, String fallback,
                              Set<String> allowed) throws BackendUnavailableException {
    Optional<String> value = settings.option(name);
    if (value.isEmpty()) return fallback;
    String v = value.get().strip().toLowerCase(Locale.ROOT);
    if (allowed.contains(v)) return v;
    throw bad(backend, name, value.get(), "one of " + String.join(", ", new TreeSet<>(allowed)));
  }

  /** The endpoint from the settings, else {@code fallback}, as an http(s) base URL. */
  public static HttpUrl endpoint(String backend, BackendSettings settings, String fallback)
      throws BackendUnavailableException {
    String text = settings.endpointOpt().orElse(fallback).strip();
    HttpUrl url = HttpUrl.parse(text);
    if (url == null) {
      throw new BackendUnavailableException(backend + ": endpoint '" + Secrets.from(settings).redact(text)
          + "' is not an http:// or https:// URL; give e.g. --endpoint " + fallback);
    }
    // refused, not used: a URL is printed, logged and stored in too many places to carry a password
    if (!url.encodedUsername().isEmpty() || !url.encodedPassword().isEmpty()) {
      throw new BackendUnavailableException(backend + ": endpoint " + url.newBuilder().username("").password("").build()
          + " is given with a user name and password (user:pass@), which tarjama does not send; remove them from the URL"
          + " and give the backend's key through its environment variable or the config file's secrets: section");
    }
    return url;
  }

  /** {@code base} with {@code path} (no leading slash) appended after its own path segments. */
  public static HttpUrl resolve(HttpUrl base, String path) {
    HttpUrl.Builder builder = base.newBuilder();
    if (base.pathSegments().get(base.pathSegments().size() - 1).isEmpty()) {
      builder.removePathSegment(base.pathSegments().size() - 1);
    }
    return builder.addPathSegments(path).build();
  }

  private static BackendUnavailableException bad(String backend, String name, String value, String wanted) {
    return new BackendUnavailableException(backend + ": option " + name + " is '" + value + "' but must be " + wanted);
  }
}

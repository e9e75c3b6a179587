package org.tarjama.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslatorProvider;

/** Every backend on the class path, whether the current settings configure it, and what one request may carry. */
public final class BackendCatalog {

  /** One backend as {@code tarjama backends} shows it; limits are empty when unknown without contacting it. */
  public record Entry(String name, String description, boolean configured, Optional<BatchLimits> limits) {
  }

  private BackendCatalog() {
  }

  public static List<Entry> list(Configuration config) {
    List<Entry> entries = new ArrayList<>();
    for (TranslatorProvider provider : config.backends().all()) {
      BackendSettings settings = config.settings(provider.name(), null, null);
      entries.add(new Entry(provider.name(), provider.description(), provider.isConfigured(settings),
          provider.limits(settings)));
    }
    return entries;
  }

  /** The limits in a few words, leaving out the unlimited ones. */
  public static String describe(Optional<BatchLimits> limits) {
    if (limits.isEmpty()) return "unknown";
    BatchLimits l = limits.get();
    List<String> parts = new ArrayList<>();
    if (l.maxItems() != BatchLimits.UNLIMITED) parts.add(l.maxItems() + " items");
    if (l.maxChars() != BatchLimits.UNLIMITED) parts.add(l.maxChars() + " chars");
    if (l.maxBytes() != BatchLimits.UNLIMITED) parts.add(l.maxBytes() + " bytes");
    if (l.maxItemChars() != BatchLimits.UNLIMITED) parts.add(l.maxItemChars() + " chars/item");
    return parts.isEmpty() ? "no limits" : String.join(", ", parts);
  }
}

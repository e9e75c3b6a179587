package org.tarjama.translate.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tarjama.translate.BackendSettings;

/**
 * The secret values a backend holds, so that everything it reports (exception messages, server replies,
 * stderr of a process) can be scrubbed of them before anyone sees it. Its {@code toString} shows only a count.
 */
public final class Secrets {

  /** The environment variables that hold secrets, by the names each vendor's own tools use. */
  public static final List<String> ENVIRONMENT_NAMES = List.of("DEEPL_AUTH_KEY", "OPENAI_API_KEY",
      "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "GOOGLE_OAUTH_TOKEN", "AZURE_TRANSLATOR_KEY", "LIBRETRANSLATE_API_KEY");

  /** Shorter values are not redacted: replacing them would garble ordinary words. */
  private static final int SHORTEST = 6;
  private static final String MASK = "***";

  private final List<String> values;

  private Secrets(List<String> values) {
    List<String> kept = new ArrayList<>();
    for (String value : values) {
      if (value.length() >= SHORTEST && !kept.contains(value)) kept.add(value);
    }
    // longest first, so a secret that contains another is masked whole
    kept.sort(Comparator.comparingInt(String::length).reversed());
    this.values = List.copyOf(kept);
  }

  public static Secrets of(String... values) {
    return new Secrets(List.of(values));
  }

  /** Every known secret variable set in {@code settings}' environment, and every option named like a secret. */
  public static Secrets from(BackendSettings settings) {
    List<String> found = new ArrayList<>();
    for (String name : ENVIRONMENT_NAMES) {
      String value = settings.env().apply(name);
      if (value != null) found.add(value.strip());
    }
    for (Map.Entry<String, String> option : settings.options().entrySet()) {
      if (option.getKey().matches("(?i).*(key|token|secret|password).*")) found.add(option.getValue().strip());
    }
    return new Secrets(found);
  }

  /** {@code text} with every secret replaced by {@code ***}. */
  public String redact(String text) {
    String out = text;
    for (String value : values) out = out.replace(value, MASK);
    return out;
  }

  @Override
  public String toString() {
    return "Secrets[" + values.size() + " hidden]";
  }
}

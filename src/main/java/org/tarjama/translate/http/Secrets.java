package org.tarjama.translate.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.Backends;

/**
 * The secret values a backend holds, so that everything it reports (exception messages, server replies,
 * stderr of a process) can be scrubbed of them before anyone sees it. A secret is masked however it comes back:
 * as it is, JSON-escaped, URL-encoded, inside base64 (as in a Basic auth header), or cut: any run of
 * {@value #PIECE} or more characters of one of those forms is masked. Its {@code toString} shows only a count.
 */
public final class Secrets {

  /**
   * The environment variables that hold secrets: every key variable a backend on the class path declares, so a
   * backend added through ServiceLoader has its key masked too.
   */
  public static List<String> environmentNames() {
    return KeyVariables.ALL;
  }

  /** Loaded on first use, so the backends' classes are not initialised while this one is. */
  private static final class KeyVariables {
    static final List<String> ALL = Backends.load().all().stream()
        .flatMap(provider -> provider.descriptor().keyVariables().stream()).distinct().sorted().toList();
  }

  /** Shorter values are not redacted: replacing them would garble ordinary words. */
  private static final int SHORTEST = 6;
  /** Secrets this long or longer are also masked in pieces: a piece this long of a random key is never chance. */
  private static final int PIECE = 8;
  private static final String MASK = "***";

  private final List<String> values;
  /** Every {@value #PIECE}-character piece of every form of every secret at least that long. */
  private final Set<String> pieces = new HashSet<>();
  /** Forms matched whole: short secrets, and every character escaped as a JSON unicode escape (too wordy to cut). */
  private final List<String> whole = new ArrayList<>();

  private Secrets(List<String> values) {
    List<String> kept = new ArrayList<>();
    for (String value : values) {
      if (value.length() >= SHORTEST && !kept.contains(value)) kept.add(value);
    }
    // longest first, so a secret that contains another is masked whole
    kept.sort(Comparator.comparingInt(String::length).reversed());
    this.values = List.copyOf(kept);
    for (String value : this.values) {
      whole.add(value);
      whole.add(unicodeEscaped(value, "\\u%04x"));
      whole.add(unicodeEscaped(value, "\\u%04X"));
      if (value.length() < PIECE) continue;
      for (String form : forms(value)) {
        for (int i = 0; i + PIECE <= form.length(); i++) pieces.add(form.substring(i, i + PIECE));
      }
    }
    whole.sort(Comparator.comparingInt(String::length).reversed());
  }

  /** The ways a server may echo {@code value}: raw, JSON-escaped, URL-encoded, and base64 at each alignment. */
  private static List<String> forms(String value) {
    List<String> forms = new ArrayList<>();
    forms.add(value);
    String json = new String(JsonStringEncoder.getInstance().quoteAsString(value));
    forms.add(json);
    forms.add(json.replace("/", "\\/"));
    String url = URLEncoder.encode(value, StandardCharsets.UTF_8);
    forms.add(url);
    forms.add(url.replace("+", "%20"));
    forms.add(lowerHexEscapes(url));
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    forms.add(Base64.getEncoder().encodeToString(bytes)); // whole, as a Basic auth header carries user:pass
    for (int shift = 0; shift < 3; shift++) {
      // base64 of a text holding the secret after 0, 1 or 2 other bytes: the characters away from the edges are fixed
      byte[] shifted = new byte[shift + bytes.length];
      System.arraycopy(bytes, 0, shifted, shift, bytes.length);
      for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
        String encoded = encoder.withoutPadding().encodeToString(shifted);
        if (encoded.length() > 8) forms.add(encoded.substring(4, encoded.length() - 4));
      }
    }
    return forms;
  }

  private static String unicodeEscaped(String value, String format) {
    StringBuilder out = new StringBuilder();
    value.chars().forEach(c -> out.append(String.format(format, c)));
    return out.toString();
  }

  private static String lowerHexEscapes(String url) {
    StringBuilder out = new StringBuilder(url);
    for (int i = url.indexOf('%'); i >= 0 && i + 2 < url.length(); i = url.indexOf('%', i + 1)) {
      out.replace(i + 1, i + 3, url.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  public static Secrets of(String... values) {
    return new Secrets(List.of(values));
  }

  /**
   * Every known secret variable set in {@code settings}' environment, every option named like a secret, and the
   * user name and password of an endpoint URL.
   */
  public static Secrets from(BackendSettings settings) {
    List<String> found = new ArrayList<>();
    for (String name : environmentNames()) {
      String value = settings.env().apply(name);
      if (value != null) found.add(value.strip());
    }
    for (Map.Entry<String, String> option : settings.options().entrySet()) {
      if (option.getKey().matches("(?i).*(key|token|secret|password).*")) found.add(option.getValue().strip());
    }
    settings.endpointOpt().ifPresent(endpoint -> found.addAll(credentials(endpoint)));
    return new Secrets(found);
  }

  /** The credentials an endpoint URL carries ({@code user:pass@}), in the forms a URL and a Basic header use. */
  static List<String> credentials(String endpoint) {
    HttpUrl url = HttpUrl.parse(endpoint.strip());
    if (url == null || url.encodedUsername().isEmpty() && url.encodedPassword().isEmpty()) return List.of();
    return List.of(url.password(), url.encodedPassword(), url.username() + ":" + url.password(),
        url.encodedUsername() + ":" + url.encodedPassword());
  }

  /** {@code text} with every secret replaced by {@code ***}. */
  public String redact(String text) {
    String out = text;
    for (String value : whole) out = out.replace(value, MASK);
    if (pieces.isEmpty() || out.length() < PIECE) return out;
    boolean[] secret = new boolean[out.length()];
    boolean any = false;
    for (int i = 0; i + PIECE <= out.length(); i++) {
      if (pieces.contains(out.substring(i, i + PIECE))) {
        java.util.Arrays.fill(secret, i, i + PIECE, true);
        any = true;
      }
    }
    if (!any) return out;
    StringBuilder masked = new StringBuilder(out.length());
    for (int i = 0; i < out.length(); i++) {
      if (!secret[i]) {
        masked.append(out.charAt(i));
      } else if (i == 0 || !secret[i - 1]) {
        masked.append(MASK);
      }
    }
    return masked.toString();
  }

  @Override
  public String toString() {
    return "Secrets[" + values.size() + " hidden]";
  }
}

package org.tarjama.translate.libretranslate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.AutoSelection;
import org.tarjama.translate.BackendDescriptor;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.HttpFailure;
import org.tarjama.translate.http.JsonApi;
import org.tarjama.translate.http.Options;

/** Provides the {@code libretranslate} backend. */
public final class LibreTranslateProvider implements TranslatorProvider {

  public static final String DEFAULT_ENDPOINT = "http://127.0.0.1:5000";
  public static final String KEY_VARIABLE = "LIBRETRANSLATE_API_KEY";
  /**
   * The server's own limits are flags that default to unlimited ({@code --batch-limit}, {@code --char-limit});
   * these keep one request short on a CPU-only server. Raise or lower them with max-items / max-item-chars.
   */
  static final BatchLimits DEFAULT_LIMITS = new BatchLimits(50, 10_000, BatchLimits.UNLIMITED, BatchLimits.UNLIMITED);
  private static final String LABEL = LibreTranslateTranslator.NAME;
  static final BackendDescriptor DESCRIPTOR = BackendDescriptor.builder(LABEL)
      .batchLimits(DEFAULT_LIMITS).timeout(Duration.ofSeconds(120)).keyVariables(KEY_VARIABLE)
      // self-hosted: no rate limit or price of its own (the server's --req-limit, when set, answers 429)
      .auto(AutoSelection.NEVER.orWhenAnswers(new AutoSelection.LocalServer("libretranslate", "LibreTranslate",
          DEFAULT_ENDPOINT, "languages", 10, LibreTranslateProvider::offersArabic)))
      .build();
  private static final Pattern TEXT_LIMIT = Pattern.compile("request \\((\\d{1,9})\\) exceeds text limit \\((\\d{1,9})\\)");

  @Override
  public String name() {
    return LABEL;
  }

  @Override
  public String description() {
    return "LibreTranslate server (self-hosted by default on " + DEFAULT_ENDPOINT + "; key from " + KEY_VARIABLE + ")";
  }

  @Override
  public BackendDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public boolean isConfigured(BackendSettings settings) {
    return settings.endpointOpt().isPresent() || settings.secret("api-key", KEY_VARIABLE).isPresent();
  }

  @Override
  public Optional<BatchLimits> limits(BackendSettings settings) {
    return Options.limitsIfValid(LABEL, settings, DEFAULT_LIMITS);
  }

  @Override
  public Translator create(BackendSettings settings) throws BackendUnavailableException {
    HttpUrl base = Options.endpoint(LABEL, settings, DEFAULT_ENDPOINT);
    String key = settings.secret("api-key", KEY_VARIABLE).map(String::strip).orElse(null);
    JsonApi api = JsonApi.create(LABEL, settings, Duration.ofSeconds(120), List.of(), LibreTranslateProvider::special,
        "check " + KEY_VARIABLE);
    return new LibreTranslateTranslator(api, Options.resolve(base, "translate"), key,
        Options.limits(LABEL, settings, DEFAULT_LIMITS));
  }

  /** A server whose language list has Arabic. */
  private static AutoSelection.Found offersArabic(String address, JsonNode languages, BackendSettings configured) {
    for (JsonNode language : languages) {
      if ("ar".equals(language.path("code").asText())) {
        return AutoSelection.Found.use(configured.withEndpoint(address), "a LibreTranslate server answers on " + address);
      }
    }
    return AutoSelection.Found.not("the LibreTranslate on " + address + " has no Arabic model");
  }

  /**
   * A 400 asking for a key, or saying Arabic is not installed, will answer every later request the same. One saying
   * "request (N) exceeds text limit (M)" is the server's --batch-limit (N counts the texts) or --char-limit (N counts
   * their characters): the engine tells which from the batch.
   */
  private static @Nullable BackendException special(HttpFailure failure) {
    if (failure.status() != 400) return null;
    Matcher limit = TEXT_LIMIT.matcher(failure.serverMessage());
    if (limit.find()) {
      return new BackendException.BatchTooLarge(LABEL, failure.describe(""), null, Integer.parseInt(limit.group(1)),
          Integer.parseInt(limit.group(2)));
    }
    if (failure.serverMessage().contains("API key")) {
      return failure.permanent("this server needs a key; set " + KEY_VARIABLE, true);
    }
    if (failure.serverMessage().contains("is not supported")) {
      return failure.permanent("the server has no Arabic to English model installed", true);
    }
    return null;
  }
}

package org.tarjama.translate.google;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.AutoSelection;
import org.tarjama.translate.BackendDescriptor;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendOption;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.AuthHeaders;
import org.tarjama.translate.http.AuthQuery;
import org.tarjama.translate.http.HttpFailure;
import org.tarjama.translate.http.JsonApi;
import org.tarjama.translate.http.Options;

/**
 * Provides the {@code google} backend. Option {@code api} picks v2 or v3; unset, an API key means v2 and an
 * OAuth token (with a project) means v3.
 */
public final class GoogleProvider implements TranslatorProvider {

  static final String NAME = "google";
  public static final String KEY_VARIABLE = "GOOGLE_API_KEY";
  public static final String TOKEN_VARIABLE = "GOOGLE_OAUTH_TOKEN";
  public static final String PROJECT_VARIABLE = "GOOGLE_CLOUD_PROJECT";
  static final String DEFAULT_ENDPOINT = "https://translation.googleapis.com";
  /** v2: 128 segments; 100K bytes per request, less room for the JSON around the texts. */
  static final BatchLimits BASIC_LIMITS = new BatchLimits(128, BatchLimits.UNLIMITED, 98_000, BatchLimits.UNLIMITED);
  /** v3: 1024 segments and 30K code points per request. */
  static final BatchLimits ADVANCED_LIMITS = new BatchLimits(1024, 30_000, BatchLimits.UNLIMITED, BatchLimits.UNLIMITED);

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /** Batch limits differ by api, so their defaults are left to run time. */
  static final BackendDescriptor DESCRIPTOR = BackendDescriptor.builder(NAME)
      .timeout(TIMEOUT).keyVariables(KEY_VARIABLE, TOKEN_VARIABLE)
      .auto(AutoSelection.whenSet(20, KEY_VARIABLE, TOKEN_VARIABLE))
      // v2 and v3 share a quota of 6,000,000 characters per minute per project; example list price per character
      .rateLimits(0, 6_000_000).prices(BackendDescriptor.Prices.perMillionCharacters(20))
      .option(BackendOption.choice("api", "", "v2 (API key) or v3 (OAuth token and project); unset, from the keys",
          "v2", "v3").changingTranslation())
      .option(BackendOption.of("project", BackendOption.Type.TEXT, "", "v3: the Cloud project (else " + PROJECT_VARIABLE + ")"))
      .option(BackendOption.of("location", BackendOption.Type.TEXT, "global", "v3: the location"))
      .build();
  private static final Pattern RESOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Google Cloud Translation: v2 with " + KEY_VARIABLE + ", or v3 with " + TOKEN_VARIABLE + " and "
        + PROJECT_VARIABLE;
  }

  @Override
  public BackendDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public boolean isConfigured(BackendSettings settings) {
    return key(settings).isPresent() || (token(settings).isPresent() && project(settings).isPresent());
  }

  @Override
  public Optional<BatchLimits> limits(BackendSettings settings) {
    try {
      return Options.limitsIfValid(NAME, settings, advanced(settings) ? ADVANCED_LIMITS : BASIC_LIMITS);
    } catch (BackendUnavailableException e) {
      return Optional.empty();
    }
  }

  @Override
  public Translator create(BackendSettings settings) throws BackendUnavailableException {
    HttpUrl base = Options.endpoint(NAME, settings, DEFAULT_ENDPOINT);
    String model = settings.modelOpt().orElse("");
    if (!advanced(settings)) {
      String key = key(settings).orElseThrow(() -> new BackendUnavailableException(NAME
          + ": no API key; set " + KEY_VARIABLE + ", or use v3 with " + TOKEN_VARIABLE + " and " + PROJECT_VARIABLE));
      JsonApi api = JsonApi.create(NAME, settings, TIMEOUT, List.of(new AuthQuery("key", key)), GoogleProvider::special,
          "check " + KEY_VARIABLE);
      return new GoogleTranslator(api, Options.resolve(base, "language/translate/v2"), GoogleTranslator.Edition.BASIC,
          model, Options.limits(NAME, settings, BASIC_LIMITS));
    }
    String token = token(settings).orElseThrow(() -> new BackendUnavailableException(NAME
        + ": v3 needs an OAuth access token; set " + TOKEN_VARIABLE + " (e.g. from gcloud auth print-access-token)"));
    String project = project(settings).orElseThrow(() -> new BackendUnavailableException(NAME
        + ": v3 needs a project; set option project or " + PROJECT_VARIABLE));
    String location = settings.option("location").orElse("global");
    if (!RESOURCE_ID.matcher(project).matches() || !RESOURCE_ID.matcher(location).matches()) {
      throw new BackendUnavailableException(NAME + ": project '" + project + "' and location '" + location
          + "' must be Google resource ids (letters, digits, hyphens)");
    }
    JsonApi api = JsonApi.create(NAME, settings, TIMEOUT, List.of(AuthHeaders.of("Authorization", "Bearer " + token)),
        GoogleProvider::special, "check " + TOKEN_VARIABLE + "; tokens expire after an hour");
    return new GoogleTranslator(api, Options.resolve(base, "v3/projects/" + project + "/locations/" + location
        + ":translateText"), GoogleTranslator.Edition.ADVANCED, model, Options.limits(NAME, settings, ADVANCED_LIMITS));
  }

  private static boolean advanced(BackendSettings settings) throws BackendUnavailableException {
    String guess = key(settings).isEmpty() && token(settings).isPresent() ? "v3" : "v2";
    return Options.choice(NAME, settings, "api", guess, Set.of("v2", "v3")).equals("v3");
  }

  private static Optional<String> key(BackendSettings settings) {
    return settings.secret("api-key", KEY_VARIABLE).map(String::strip);
  }

  private static Optional<String> token(BackendSettings settings) {
    return settings.secret("oauth-token", TOKEN_VARIABLE).map(String::strip);
  }

  private static Optional<String> project(BackendSettings settings) {
    return settings.option("project").or(() -> Optional.ofNullable(settings.env().apply(PROJECT_VARIABLE)))
        .map(String::strip).filter(p -> !p.isEmpty());
  }

  /**
   * Google's quota errors: 403 dailyLimitExceeded will not refill within any retry, 403
   * (user)rateLimitExceeded is a rate limit, and an invalid API key comes back as 400.
   */
  private static @Nullable BackendException special(HttpFailure failure) {
    if (failure.hasReason("dailyLimitExceeded")) {
      return failure.permanent("daily quota used up; wait for tomorrow or raise the quota in the Cloud console", true);
    }
    if (failure.hasReason("userRateLimitExceeded") || failure.hasReason("rateLimitExceeded")) {
      return failure.rateLimited("");
    }
    if (failure.status() == 400 && (failure.serverMessage().contains("Too many text segments")
        || failure.serverMessage().contains("Text is too long"))) {
      return failure.tooLarge("");
    }
    if (failure.status() == 400 && failure.serverMessage().contains("API key not valid")) {
      return failure.permanent("check " + KEY_VARIABLE, true);
    }
    return null;
  }
}

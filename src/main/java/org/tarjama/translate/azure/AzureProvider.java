package org.tarjama.translate.azure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.tarjama.translate.http.HttpFailure;
import org.tarjama.translate.http.JsonApi;
import org.tarjama.translate.http.Options;

/** Provides the {@code azure} backend. */
public final class AzureProvider implements TranslatorProvider {

  public static final String KEY_VARIABLE = "AZURE_TRANSLATOR_KEY";
  public static final String REGION_VARIABLE = "AZURE_TRANSLATOR_REGION";
  static final String DEFAULT_ENDPOINT = "https://api.cognitive.microsofttranslator.com";
  /** 1,000 elements and 50,000 characters per request, 50,000 per element (service-limits page). */
  static final BatchLimits DEFAULT_LIMITS = new BatchLimits(1000, 50_000, BatchLimits.UNLIMITED, 50_000);
  private static final String LABEL = AzureTranslator.NAME;
  static final BackendDescriptor DESCRIPTOR = BackendDescriptor.builder(LABEL)
      .batchLimits(DEFAULT_LIMITS).timeout(Duration.ofSeconds(60)).keyVariables(KEY_VARIABLE)
      .auto(AutoSelection.whenSet(30, KEY_VARIABLE))
      // S1 tier: 40M characters an hour; F0 (free) allows 2M an hour, set characters-per-minute: 33000
      .rateLimits(0, 666_000).prices(BackendDescriptor.Prices.perMillionCharacters(10))
      .option(BackendOption.of("region", BackendOption.Type.TEXT, "", "the resource's region (else " + REGION_VARIABLE + ")"))
      .option(BackendOption.of("category", BackendOption.Type.TEXT, "", "a Custom Translator category").changingTranslation())
      .build();

  @Override
  public String name() {
    return LABEL;
  }

  @Override
  public String description() {
    return "Azure AI Translator 3.0 (key from " + KEY_VARIABLE + ", region from " + REGION_VARIABLE + ")";
  }

  @Override
  public BackendDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public boolean isConfigured(BackendSettings settings) {
    return settings.secret("api-key", KEY_VARIABLE).isPresent();
  }

  @Override
  public Optional<BatchLimits> limits(BackendSettings settings) {
    return Options.limitsIfValid(LABEL, settings, DEFAULT_LIMITS);
  }

  @Override
  public Translator create(BackendSettings settings) throws BackendUnavailableException {
    String key = settings.secret("api-key", KEY_VARIABLE).map(String::strip).orElseThrow(() ->
        new BackendUnavailableException(LABEL + ": no key; set " + KEY_VARIABLE + " (and " + REGION_VARIABLE
            + " for a regional resource)"));
    Map<String, String> auth = new LinkedHashMap<>();
    auth.put("Ocp-Apim-Subscription-Key", key);
    // required for regional and multi-service resources, optional for global ones
    settings.option("region").or(() -> Optional.ofNullable(settings.env().apply(REGION_VARIABLE)))
        .map(String::strip).filter(r -> !r.isEmpty()).ifPresent(r -> auth.put("Ocp-Apim-Subscription-Region", r));
    JsonApi api = JsonApi.create(LABEL, settings, Duration.ofSeconds(60), List.of(new AuthHeaders(auth)),
        AzureProvider::special, "check " + KEY_VARIABLE + " and " + REGION_VARIABLE);
    String category = settings.option("category").orElse("");
    HttpUrl.Builder url = Options.resolve(Options.endpoint(LABEL, settings, DEFAULT_ENDPOINT), "translate").newBuilder()
        .addQueryParameter("api-version", "3.0").addQueryParameter("from", "ar").addQueryParameter("to", "en");
    if (!category.isEmpty()) url.addQueryParameter("category", category);
    return new AzureTranslator(api, url.build(), category, Options.limits(LABEL, settings, DEFAULT_LIMITS));
  }

  /**
   * Azure's six-digit codes: 403001 is the free tier's quota used up; 400050/400072/400077 mean the batch is too big
   * (the engine splits it and learns a smaller limit).
   */
  private static @Nullable BackendException special(HttpFailure failure) {
    return switch (failure.code("/error/code")) {
      case "403001" -> failure.permanent("free-tier character quota used up; wait or move to a paid tier", true);
      case "400050", "400072", "400077" -> failure.tooLarge("");
      default -> null;
    };
  }
}

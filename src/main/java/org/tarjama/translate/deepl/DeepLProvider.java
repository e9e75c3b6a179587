package org.tarjama.translate.deepl;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

/** Provides the {@code deepl} backend. */
public final class DeepLProvider implements TranslatorProvider {

  public static final String KEY_VARIABLE = "DEEPL_AUTH_KEY";
  static final String FREE_ENDPOINT = "https://api-free.deepl.com";
  static final String PRO_ENDPOINT = "https://api.deepl.com";
  /**
   * DeepL has no item cap since November 2024, only 128 KiB per body; 50 items (its old cap) keeps a failed
   * request cheap to retry, and the texts get 96 KiB, leaving the rest for context and JSON framing.
   */
  static final BatchLimits DEFAULT_LIMITS = new BatchLimits(50, BatchLimits.UNLIMITED, 96 * 1024, BatchLimits.UNLIMITED);
  private static final String LABEL = DeepLTranslator.NAME;
  static final BackendDescriptor DESCRIPTOR = BackendDescriptor.builder(LABEL)
      .batchLimits(DEFAULT_LIMITS).timeout(Duration.ofSeconds(60)).keyVariables(KEY_VARIABLE)
      .auto(AutoSelection.whenSet(10, KEY_VARIABLE))
      // no published request rate (429s are retried); example price: DeepL API Pro per character
      .rateLimits(10, 0).prices(BackendDescriptor.Prices.perMillionCharacters(25))
      .option(BackendOption.of("context", BackendOption.Type.FLAG, "true",
          "send neighbouring sentences as context (not billed)").changingTranslation())
      .option(BackendOption.choice("target-lang", "en-us", "the English variant", "en-us", "en-gb").changingTranslation())
      .build();
  private static final List<String> MODEL_TYPES = List.of("latency_optimized", "quality_optimized",
      "prefer_quality_optimized");

  @Override
  public String name() {
    return LABEL;
  }

  @Override
  public String description() {
    return "DeepL API v2 (key from " + KEY_VARIABLE + "; Free keys ending in :fx use api-free.deepl.com)";
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
        new BackendUnavailableException(LABEL + ": no API key; set " + KEY_VARIABLE + " (from your DeepL account's API keys tab)"));
    String host = key.endsWith(":fx") ? FREE_ENDPOINT : PRO_ENDPOINT;
    JsonApi api = JsonApi.create(LABEL, settings, Duration.ofSeconds(60),
        List.of(AuthHeaders.of("Authorization", "DeepL-Auth-Key " + key)), DeepLProvider::special, "check " + KEY_VARIABLE);
    String target = Options.choice(LABEL, settings, "target-lang", "en-us", Set.of("en-us", "en-gb"))
        .toUpperCase(Locale.ROOT);
    return new DeepLTranslator(api, Options.resolve(Options.endpoint(LABEL, settings, host), "v2/translate"), target,
        modelType(settings), Options.flag(LABEL, settings, "context", true),
        Options.limits(LABEL, settings, DEFAULT_LIMITS));
  }

  /** {@code --model} picks DeepL's model_type; unset, DeepL uses its default (latency_optimized). */
  private static String modelType(BackendSettings settings) throws BackendUnavailableException {
    Optional<String> model = settings.modelOpt();
    if (model.isEmpty() || MODEL_TYPES.contains(model.get())) return model.orElse("");
    throw new BackendUnavailableException(LABEL + ": model '" + model.get() + "' is not a DeepL model_type; use one of "
        + String.join(", ", MODEL_TYPES));
  }

  /** 456 is DeepL's "quota used up" (Free monthly characters, or the Pro cost-control limit). */
  private static @Nullable BackendException special(HttpFailure failure) {
    return switch (failure.status()) {
      case 456 -> failure.permanent("character quota used up; wait for the next billing period or raise the limit", true);
      case 413 -> failure.tooLarge("");
      default -> null;
    };
  }
}

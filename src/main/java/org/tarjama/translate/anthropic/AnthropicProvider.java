package org.tarjama.translate.anthropic;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
import org.tarjama.translate.http.llm.ChatPrompt;

/**
 * Provides the {@code anthropic} backend. Structured output ({@code output_config.format}) is off unless
 * option {@code structured-output} is true, since which models take it is not settled; the reply is checked
 * either way.
 */
public final class AnthropicProvider implements TranslatorProvider {

  public static final String KEY_VARIABLE = "ANTHROPIC_API_KEY";
  public static final String BASE_URL_VARIABLE = "ANTHROPIC_BASE_URL";
  static final String DEFAULT_ENDPOINT = "https://api.anthropic.com";
  static final String DEFAULT_MODEL = "claude-sonnet-4-5";
  static final int DEFAULT_MAX_TOKENS = 4096;
  /** As for openai: a batch whose English fits comfortably in max_tokens. */
  static final BatchLimits DEFAULT_LIMITS = new BatchLimits(25, 4_000, BatchLimits.UNLIMITED, BatchLimits.UNLIMITED)
      .withOneArticlePerRequest();
  private static final String LABEL = AnthropicTranslator.NAME;
  /** Priced per token, limits by account tier: its 429 and Retry-After pace the run. */
  static final BackendDescriptor DESCRIPTOR = descriptor(BackendDescriptor.builder(LABEL)
      .batchLimits(DEFAULT_LIMITS).timeout(Duration.ofSeconds(300)).keyVariables(KEY_VARIABLE).endpointVariable(BASE_URL_VARIABLE)
      .auto(AutoSelection.whenSet(50, KEY_VARIABLE)).revision(ChatPrompt.VERSION)
      .option(BackendOption.of("max-tokens", BackendOption.Type.WHOLE_NUMBER, Integer.toString(DEFAULT_MAX_TOKENS),
          "most tokens in one reply"))
      .option(BackendOption.of("structured-output", BackendOption.Type.FLAG, "false",
          "ask for the reply's JSON schema (output_config.format)").changingTranslation()));

  @Override
  public String name() {
    return LABEL;
  }

  @Override
  public String description() {
    return "Anthropic Messages API (key from " + KEY_VARIABLE + "; model " + DEFAULT_MODEL + " unless --model)";
  }

  @Override
  public BackendDescriptor descriptor() {
    return DESCRIPTOR;
  }

  private static BackendDescriptor descriptor(BackendDescriptor.Builder builder) {
    ChatPrompt.OPTIONS.forEach(builder::option);
    return builder.build();
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
        new BackendUnavailableException(LABEL + ": no API key; set " + KEY_VARIABLE));
    String endpoint = settings.endpointOpt().orElseGet(() -> Optional.ofNullable(settings.env().apply(BASE_URL_VARIABLE))
        .filter(s -> !s.isBlank()).orElse(DEFAULT_ENDPOINT));
    HttpUrl base = Options.endpoint(LABEL, settings.withEndpoint(endpoint), DEFAULT_ENDPOINT);
    JsonApi api = JsonApi.create(LABEL, settings, Duration.ofSeconds(300), List.of(AuthHeaders.of("x-api-key", key)),
        AnthropicProvider::special, "check " + KEY_VARIABLE);
    return new AnthropicTranslator(api, Options.resolve(base, "v1/messages"), settings.modelOpt().orElse(DEFAULT_MODEL),
        Options.positive(LABEL, settings, "max-tokens", DEFAULT_MAX_TOKENS),
        Options.flag(LABEL, settings, "structured-output", false), ChatPrompt.from(LABEL, settings),
        Options.limits(LABEL, settings, DEFAULT_LIMITS));
  }

  /** Credit used up arrives as a 400 invalid_request_error; 413 is a request over 32 MB. */
  private static @Nullable BackendException special(HttpFailure failure) {
    if (failure.status() == 400 && failure.serverMessage().contains("credit balance is too low")) {
      return failure.permanent("credit used up; add credit under Plans & Billing", true);
    }
    if (failure.status() == 413) return failure.permanent("request too large; lower max-chars", false);
    return null;
  }
}

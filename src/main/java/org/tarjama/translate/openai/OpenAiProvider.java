package org.tarjama.translate.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
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
 * Provides the {@code openai} backend. The endpoint is the API base ending in {@code /v1}, from
 * {@code --endpoint}, else {@code OPENAI_BASE_URL}, else OpenAI's own; the key (OPENAI_API_KEY) is needed by
 * OpenAI only, so a local server with no key is fine.
 */
public final class OpenAiProvider implements TranslatorProvider {

  public static final String KEY_VARIABLE = "OPENAI_API_KEY";
  public static final String BASE_URL_VARIABLE = "OPENAI_BASE_URL";
  static final String DEFAULT_ENDPOINT = "https://api.openai.com/v1";
  static final String DEFAULT_MODEL = "gpt-4o-mini";
  /** Our choice, not the server's: small enough that the reply stays well inside the output token limit. */
  static final BatchLimits DEFAULT_LIMITS = new BatchLimits(25, 4_000, BatchLimits.UNLIMITED, BatchLimits.UNLIMITED)
      .withOneArticlePerRequest();
  private static final String LABEL = OpenAiTranslator.NAME;
  /** Priced per token, limits by account tier: its 429 and Retry-After pace the run. */
  static final BackendDescriptor DESCRIPTOR = descriptor(BackendDescriptor.builder(LABEL)
      .batchLimits(DEFAULT_LIMITS).timeout(Duration.ofSeconds(300)).keyVariables(KEY_VARIABLE).endpointVariable(BASE_URL_VARIABLE)
      .auto(AutoSelection.whenSet(40, KEY_VARIABLE, BASE_URL_VARIABLE).orWhenAnswers(new AutoSelection.LocalServer(
          "ollama", "Ollama", "http://127.0.0.1:11434", "api/tags", 20, OpenAiProvider::ollamaModel)))
      .revision(ChatPrompt.VERSION)
      .option(BackendOption.choice("response-format", "json_schema", "how the reply's JSON is asked for",
          "json_schema", "json_object", "none").changingTranslation())
      .option(BackendOption.of("temperature", BackendOption.Type.TEXT, "0", "sampling temperature, 0 to 2, or none")
          .changingTranslation())
      .option(BackendOption.of("max-tokens", BackendOption.Type.WHOLE_NUMBER, "", "most tokens in one reply")));

  @Override
  public String name() {
    return LABEL;
  }

  @Override
  public String description() {
    return "OpenAI-compatible chat completions: OpenAI, vLLM, llama.cpp, LM Studio, Ollama /v1 (" + KEY_VARIABLE
        + ", " + BASE_URL_VARIABLE + ")";
  }

  @Override
  public BackendDescriptor descriptor() {
    return DESCRIPTOR;
  }

  private static BackendDescriptor descriptor(BackendDescriptor.Builder builder) {
    ChatPrompt.OPTIONS.forEach(builder::option);
    return builder.build();
  }

  /** An Ollama server, used through its OpenAI-compatible /v1 with the configured model, else its first one. */
  private static AutoSelection.Found ollamaModel(String address, JsonNode tags, BackendSettings configured) {
    Optional<String> model = configured.modelOpt().or(() -> Optional.ofNullable(
        tags.path("models").path(0).path("name").textValue()));
    if (model.isEmpty()) return AutoSelection.Found.not("the Ollama on " + address + " has no models (ollama pull qwen2.5:7b)");
    HttpUrl base = HttpUrl.parse(address);
    String endpoint = base == null ? address + "/v1" : Options.resolve(base, "v1").toString();
    return AutoSelection.Found.use(configured.withEndpoint(endpoint).withModel(model.get()),
        "an Ollama server answers on " + address + " (model " + model.get() + ")");
  }

  @Override
  public boolean isConfigured(BackendSettings settings) {
    return key(settings).isPresent() || baseUrl(settings).isPresent();
  }

  @Override
  public Optional<BatchLimits> limits(BackendSettings settings) {
    return Options.limitsIfValid(LABEL, settings, DEFAULT_LIMITS);
  }

  @Override
  public Translator create(BackendSettings settings) throws BackendUnavailableException {
    HttpUrl base = Options.endpoint(LABEL, settings.withEndpoint(baseUrl(settings).orElse(null)), DEFAULT_ENDPOINT);
    Optional<String> key = key(settings);
    if (key.isEmpty() && base.host().equals("api.openai.com")) {
      throw new BackendUnavailableException(LABEL + ": no API key; set " + KEY_VARIABLE
          + ", or point --endpoint (or " + BASE_URL_VARIABLE + ") at a local server such as http://127.0.0.1:11434/v1");
    }
    List<Interceptor> auth = key.<List<Interceptor>>map(k -> List.of(AuthHeaders.of("Authorization", "Bearer " + k)))
        .orElse(List.of());
    JsonApi api = JsonApi.create(LABEL, settings, Duration.ofSeconds(300), auth, OpenAiProvider::special, "check " + KEY_VARIABLE);
    OpenAiTranslator.Request request = new OpenAiTranslator.Request(settings.modelOpt().orElse(DEFAULT_MODEL),
        OpenAiTranslator.ResponseFormat.valueOf(Options.choice(LABEL, settings, "response-format", "json_schema",
            Set.of("json_schema", "json_object", "none")).toUpperCase(Locale.ROOT)),
        temperature(settings), settings.option("max-tokens").isPresent()
            ? Options.positive(LABEL, settings, "max-tokens", 1) : null,
        // OpenAI deprecated max_tokens (o-series reject it); compatible servers know only max_tokens
        base.host().equals("api.openai.com") ? "max_completion_tokens" : "max_tokens");
    return new OpenAiTranslator(api, Options.resolve(base, "chat/completions"), request,
        ChatPrompt.from(LABEL, settings), Options.limits(LABEL, settings, DEFAULT_LIMITS));
  }

  /** 0 by default for repeatable output; "none" leaves it to the server (some reasoning models reject it). */
  private static @Nullable Double temperature(BackendSettings settings) throws BackendUnavailableException {
    String value = settings.option("temperature").orElse("0").strip();
    if (value.equalsIgnoreCase("none")) return null;
    try {
      double t = Double.parseDouble(value);
      if (t >= 0 && t <= 2) return t;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BackendUnavailableException(LABEL + ": option temperature is '" + value
        + "' but must be a number from 0 to 2, or none");
  }

  private static Optional<String> key(BackendSettings settings) {
    return settings.secret("api-key", KEY_VARIABLE).map(String::strip);
  }

  private static Optional<String> baseUrl(BackendSettings settings) {
    return settings.endpointOpt().or(() -> Optional.ofNullable(settings.env().apply(BASE_URL_VARIABLE))
        .filter(s -> !s.isBlank()));
  }

  /**
   * A 429 of type insufficient_quota is credit used up, not a rate limit. A 400 about the response format
   * means this server does not understand structured output, which no retry changes.
   */
  private static @Nullable BackendException special(HttpFailure failure) {
    if (failure.status() == 429 && (failure.code("/error/code").equals("insufficient_quota")
        || failure.code("/error/type").equals("insufficient_quota"))) {
      return failure.permanent("credit used up; add credit to the account", true);
    }
    if (failure.status() == 400 && failure.serverMessage().matches("(?is).*(response_format|json_schema).*")) {
      return failure.permanent("this server does not take that response format; set option response-format to "
          + "json_object or none", true);
    }
    return null;
  }
}

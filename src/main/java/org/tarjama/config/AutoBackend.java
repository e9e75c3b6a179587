package org.tarjama.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.ErrorMapping;
import org.tarjama.translate.http.JsonApi;
import org.tarjama.translate.http.Options;
import org.tarjama.translate.http.Secrets;
import org.tarjama.translate.http.Transport;

/**
 * Picks a backend for {@code --backend auto}: one the config file sets up, else one whose key is in the
 * environment, else a LibreTranslate answering on 127.0.0.1:5000, else an Ollama on 127.0.0.1:11434 (through
 * the openai backend), else {@code gloss}. It returns the choice with one line saying which and why.
 */
public final class AutoBackend {

  /**
   * The backend chosen, its settings, and one human line saying which and why; {@code automatic} is true when
   * auto chose it, which is when the line should be shown.
   */
  public record Choice(String backend, BackendSettings settings, String reason, boolean automatic) {

    Choice(String backend, BackendSettings settings, String reason) {
      this(backend, settings, reason, true);
    }
  }

  /** Where to look for local servers, and how long to wait for each. */
  public record Probes(String libreTranslate, String ollama, Duration timeout) {

    public static Probes local() {
      return new Probes("http://127.0.0.1:5000", "http://127.0.0.1:11434", Duration.ofMillis(700));
    }
  }

  /** Backends that need only a key, most suitable first, with the variables that configure each. */
  private static final Map<String, List<String>> KEYED = keyed();
  static final String FALLBACK = "gloss";

  private final Configuration config;
  private final Probes probes;

  public AutoBackend(Configuration config, Probes probes) {
    this.config = config;
    this.probes = probes;
  }

  private static Map<String, List<String>> keyed() {
    Map<String, List<String>> keyed = new LinkedHashMap<>();
    // order-preserving MT engines before LLMs, which cost more and need their replies checked
    keyed.put("deepl", List.of("DEEPL_AUTH_KEY"));
    keyed.put("google", List.of("GOOGLE_API_KEY", "GOOGLE_OAUTH_TOKEN"));
    keyed.put("azure", List.of("AZURE_TRANSLATOR_KEY"));
    keyed.put("openai", List.of("OPENAI_API_KEY", "OPENAI_BASE_URL"));
    keyed.put("anthropic", List.of("ANTHROPIC_API_KEY"));
    return keyed;
  }

  /**
   * The backend for a run, all layers applied: the one named by {@code --backend}, {@code TARJAMA_BACKEND} or
   * the config file, or when that is {@code auto}, the one {@link #choose} finds. This is what the CLI calls.
   */
  public static Choice select(Configuration config, @Nullable String backendFlag, @Nullable String endpointFlag,
                              @Nullable String modelFlag, Probes probes) {
    String name = config.backendName(backendFlag);
    if (name.equals(Configuration.AUTO)) return new AutoBackend(config, probes).choose(endpointFlag, modelFlag);
    return new Choice(name, config.settings(name, endpointFlag, modelFlag), "backend " + name + ": as asked", false);
  }

  public Choice choose(@Nullable String endpointFlag, @Nullable String modelFlag) {
    Optional<ConfigFile> file = config.file();
    if (file.isPresent()) {
      for (String name : file.get().backends().keySet()) {
        BackendSettings settings = config.settings(name, endpointFlag, modelFlag);
        if (provider(name).map(p -> p.isConfigured(settings)).orElse(false)) {
          return new Choice(name, settings, "backend " + name + ": set up in " + file.get().source());
        }
      }
    }
    for (Map.Entry<String, List<String>> candidate : KEYED.entrySet()) {
      String name = candidate.getKey();
      BackendSettings settings = config.settings(name, endpointFlag, modelFlag);
      if (provider(name).map(p -> p.isConfigured(settings)).orElse(false)) {
        String variable = candidate.getValue().stream().filter(v -> settings.env().apply(v) != null).findFirst()
            .orElse("its settings");
        return new Choice(name, settings, "backend " + name + ": " + variable + " is set");
      }
    }
    List<String> notes = new ArrayList<>();
    Optional<Choice> local = libreTranslate(modelFlag, notes).or(() -> ollama(modelFlag, notes));
    if (local.isPresent()) return local.get();
    return new Choice(FALLBACK, config.settings(FALLBACK, endpointFlag, modelFlag), "backend " + FALLBACK
        + ": no translation key is set and no LibreTranslate (" + probes.libreTranslate() + ") or Ollama ("
        + probes.ollama() + ") answers" + notes.stream().map(n -> "; " + n).reduce("", String::concat)
        + "; word-by-word glosses are not fit for training");
  }

  private Optional<Choice> libreTranslate(@Nullable String modelFlag, List<String> notes) {
    Optional<JsonNode> languages = get(probes.libreTranslate(), "languages");
    if (languages.isEmpty()) return Optional.empty();
    for (JsonNode language : languages.get()) {
      if ("ar".equals(language.path("code").asText())) {
        return Optional.of(new Choice("libretranslate", config.settings("libretranslate", probes.libreTranslate(),
            modelFlag), "backend libretranslate: a LibreTranslate server answers on " + probes.libreTranslate()));
      }
    }
    notes.add("the LibreTranslate on " + probes.libreTranslate() + " has no Arabic model");
    return Optional.empty();
  }

  private Optional<Choice> ollama(@Nullable String modelFlag, List<String> notes) {
    Optional<JsonNode> tags = get(probes.ollama(), "api/tags");
    if (tags.isEmpty()) return Optional.empty();
    BackendSettings configured = config.settings("openai", null, modelFlag);
    Optional<String> model = configured.modelOpt().or(() -> Optional.ofNullable(
        tags.get().path("models").path(0).path("name").textValue()));
    if (model.isEmpty()) {
      notes.add("the Ollama on " + probes.ollama() + " has no models (ollama pull qwen2.5:7b)");
      return Optional.empty();
    }
    String endpoint = Options.resolve(HttpUrl.get(probes.ollama()), "v1").toString();
    return Optional.of(new Choice("openai", configured.withEndpoint(endpoint).withModel(model.get()),
        "backend openai: an Ollama server answers on " + probes.ollama() + " (model " + model.get() + ")"));
  }

  /** The JSON at {@code path} under {@code base}, or empty when nothing usable answers in time. */
  private Optional<JsonNode> get(String base, String path) {
    HttpUrl url = HttpUrl.parse(base);
    if (url == null) return Optional.empty();
    JsonApi api = new JsonApi("auto", Transport.client("auto", probes.timeout(), List.of()), Secrets.of(),
        ErrorMapping.NONE, "");
    try {
      return Optional.of(api.get(Options.resolve(url, path)));
    } catch (BackendException e) {
      return Optional.empty();
    }
  }

  private Optional<TranslatorProvider> provider(String name) {
    return config.backends().find(name);
  }
}

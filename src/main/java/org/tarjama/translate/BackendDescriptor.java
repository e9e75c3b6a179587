package org.tarjama.translate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tarjama.translate.BackendOption.Type;

/**
 * What a backend is, declared by its provider: the options it takes (with types and defaults, and which of them
 * change the translation), the environment variables holding its keys, how {@code --backend auto} finds it, its
 * default rate limits and its price. Auto-selection, the engine's limits, {@code --dry-run}, option checking and
 * the translation memory's key read this and nothing else. {@code endpointVariable} (or "") is the vendor's own
 * variable for the server address, taken over the config file. {@code revision} is bumped when the backend's requests
 * change in a way that changes translations (a new prompt), so the memory does not serve the old ones.
 */
public record BackendDescriptor(String name, List<BackendOption> options, List<String> keyVariables,
                                String endpointVariable, AutoSelection auto, RateLimits rateLimits, Prices prices, String revision) {

  public static final String TIMEOUT = "timeout";
  public static final String MAX_ITEMS = "max-items";
  public static final String MAX_CHARS = "max-chars";
  public static final String MAX_BYTES = "max-bytes";
  public static final String MAX_ITEM_CHARS = "max-item-chars";
  public static final String REQUESTS_PER_MINUTE = "requests-per-minute";
  public static final String CHARACTERS_PER_MINUTE = "characters-per-minute";
  public static final String PRICE_PER_MILLION_CHARACTERS = "price-per-million-characters";
  public static final String PRICE_PER_MILLION_INPUT_TOKENS = "price-per-million-input-tokens";
  public static final String PRICE_PER_MILLION_OUTPUT_TOKENS = "price-per-million-output-tokens";

  /** Requests per second and source characters per minute the backend allows; 0 for no limit. */
  public record RateLimits(double requestsPerSecond, long charactersPerMinute) {
    public static final RateLimits NONE = new RateLimits(0, 0);
  }

  /**
   * US dollars per million source characters, or per million input and output tokens; 0 when unknown or free.
   * These are EXAMPLES from public list prices, for {@code --dry-run} estimates only.
   */
  public record Prices(double perMillionCharacters, double perMillionInputTokens, double perMillionOutputTokens) {
    public static final Prices NONE = new Prices(0, 0, 0);

    public static Prices perMillionCharacters(double usd) {
      return new Prices(usd, 0, 0);
    }
  }

  public BackendDescriptor {
    options = List.copyOf(options);
    keyVariables = List.copyOf(keyVariables);
    if (options.stream().map(BackendOption::name).distinct().count() != options.size()) {
      throw new IllegalArgumentException(name + ": an option is declared twice");
    }
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public Optional<BackendOption> option(String optionName) {
    return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
  }

  /** The option names, sorted, for error messages. */
  public String optionList() {
    return options.stream().map(BackendOption::name).sorted().collect(Collectors.joining(", "));
  }

  /**
   * Checks one option as the user gave it.
   *
   * @throws IllegalArgumentException naming the option and the backend's valid options, or what the value must be
   */
  public void check(String optionName, String value) {
    BackendOption option = option(optionName).orElseThrow(() -> new IllegalArgumentException(
        "unknown option '" + optionName + "' for backend " + name + "; its options: " + optionList()));
    try {
      option.canonical(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("option " + optionName + " of backend " + name + " is '" + value + "' but "
          + e.getMessage(), e);
    }
  }

  /**
   * The options that change the translation, by name, each as set in {@code settings} or else its default, in
   * canonical form; a file option stands as {@code sha256:} and the hash of the file's content, so editing the
   * glossary changes the key and moving it does not. {@code revision} is there as {@code revision}.
   */
  public SortedMap<String, String> translationOptions(BackendSettings settings) throws IOException {
    SortedMap<String, String> key = new TreeMap<>();
    for (BackendOption option : options) {
      if (!option.changesTranslation()) continue;
      String value = settings.option(option.name()).orElse(option.defaultValue());
      if (value.isBlank()) continue;
      String canonical = option.canonical(value);
      key.put(option.name(), option.type() == Type.FILE ? contentHash(Path.of(canonical)) : canonical);
    }
    if (!revision.isEmpty()) key.put("revision", revision);
    return key;
  }

  /** A number option from {@code settings}, else its declared default, else 0. */
  public double number(BackendSettings settings, String optionName) {
    Optional<BackendOption> option = option(optionName);
    String value = settings.option(optionName).orElse(option.map(BackendOption::defaultValue).orElse(""));
    if (value.isBlank()) return 0;
    return Double.parseDouble(option.map(o -> o.canonical(value)).orElse(value.strip()));
  }

  private static String contentHash(Path file) throws IOException {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Builds a descriptor. The options every backend takes (timeout, batch limits, rate limits and prices) are
   * declared here, with defaults from {@link #timeout}, {@link #batchLimits}, {@link #rateLimits} and {@link #prices}.
   */
  public static final class Builder {
    private final String name;
    private final List<BackendOption> own = new ArrayList<>();
    private final List<String> keyVariables = new ArrayList<>();
    private AutoSelection auto = AutoSelection.NEVER;
    private RateLimits rateLimits = RateLimits.NONE;
    private Prices prices = Prices.NONE;
    private BatchLimits batchLimits = BatchLimits.unlimited();
    private String timeout = "";
    private String revision = "";
    private String endpointVariable = "";

    private Builder(String name) {
      this.name = name;
    }

    public Builder option(BackendOption option) {
      own.add(option);
      return this;
    }

    public Builder keyVariables(String... names) {
      keyVariables.addAll(List.of(names));
      return this;
    }

    public Builder endpointVariable(String value) {
      endpointVariable = value;
      return this;
    }

    public Builder auto(AutoSelection value) {
      auto = value;
      return this;
    }

    public Builder rateLimits(double requestsPerSecond, long charactersPerMinute) {
      rateLimits = new RateLimits(requestsPerSecond, charactersPerMinute);
      return this;
    }

    public Builder prices(Prices value) {
      prices = value;
      return this;
    }

    public Builder batchLimits(BatchLimits value) {
      batchLimits = value;
      return this;
    }

    public Builder timeout(Duration value) {
      timeout = Long.toString(value.toSeconds());
      return this;
    }

    public Builder revision(String value) {
      revision = value;
      return this;
    }

    public BackendDescriptor build() {
      List<BackendOption> all = new ArrayList<>();
      all.add(BackendOption.of(TIMEOUT, Type.SECONDS, timeout, "give up on one request after this many seconds"));
      all.add(limit(MAX_ITEMS, batchLimits.maxItems(), "texts per request"));
      all.add(limit(MAX_CHARS, batchLimits.maxChars(), "characters per request"));
      all.add(limit(MAX_BYTES, batchLimits.maxBytes(), "UTF-8 bytes of text per request"));
      all.add(limit(MAX_ITEM_CHARS, batchLimits.maxItemChars(), "characters per text; longer sentences are cut"));
      all.add(BackendOption.of(REQUESTS_PER_MINUTE, Type.NUMBER, number(rateLimits.requestsPerSecond() * 60),
          "requests per minute the backend allows (0: no limit)"));
      all.add(BackendOption.of(CHARACTERS_PER_MINUTE, Type.NUMBER, number(rateLimits.charactersPerMinute()),
          "source characters per minute the backend allows (0: no limit)"));
      all.add(BackendOption.of(PRICE_PER_MILLION_CHARACTERS, Type.NUMBER, number(prices.perMillionCharacters()),
          "US dollars per million source characters, for --dry-run"));
      all.add(BackendOption.of(PRICE_PER_MILLION_INPUT_TOKENS, Type.NUMBER, number(prices.perMillionInputTokens()),
          "US dollars per million input tokens"));
      all.add(BackendOption.of(PRICE_PER_MILLION_OUTPUT_TOKENS, Type.NUMBER, number(prices.perMillionOutputTokens()),
          "US dollars per million output tokens"));
      all.addAll(own);
      return new BackendDescriptor(name, all, keyVariables, endpointVariable, auto, rateLimits, prices, revision);
    }

    private static BackendOption limit(String optionName, int value, String meaning) {
      return BackendOption.of(optionName, Type.WHOLE_NUMBER, value == BatchLimits.UNLIMITED ? "" : Integer.toString(value),
          meaning);
    }

    private static String number(double value) {
      return value <= 0 || Double.isInfinite(value) ? "" : new BigDecimal(Double.toString(value))
          .stripTrailingZeros().toPlainString();
    }
  }
}

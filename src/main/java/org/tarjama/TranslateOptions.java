package org.tarjama;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tarjama.export.EnglishOutput;
import org.tarjama.io.InputOptions;
import org.tarjama.translate.engine.EngineOptions;

/**
 * Everything a translate run needs, as one immutable value; the CLI maps its options onto this. {@code engine}
 * holds concurrency, translation memory, rate limits and retry policy; {@code input} how inputs are read (text,
 * JSONL, HTML) and {@code english} how the English articles are written.
 */
public record TranslateOptions(List<String> inputs, Path out, @Nullable String backend, @Nullable String endpoint,
                               @Nullable String model, Map<String, String> backendOptions, @Nullable Path config,
                               EngineOptions engine, InputOptions input, EnglishOutput english) {

  public TranslateOptions(List<String> inputs, Path out, @Nullable String backend, @Nullable String endpoint,
                          @Nullable String model, Map<String, String> backendOptions, @Nullable Path config,
                          EngineOptions engine) {
    this(inputs, out, backend, endpoint, model, backendOptions, config, engine, InputOptions.defaults(),
        EnglishOutput.defaults());
  }

  public TranslateOptions {
    if (inputs.isEmpty()) throw new IllegalArgumentException("no input given: name files, folders or - for standard input");
    inputs = List.copyOf(inputs);
    backendOptions = Map.copyOf(backendOptions);
  }

  public static Builder builder(List<String> inputs) {
    return new Builder(inputs);
  }

  public Builder newBuilder() {
    return new Builder(inputs).out(out).backend(backend).endpoint(endpoint).model(model).backendOptions(backendOptions)
        .config(config).engine(engine).input(input).english(english);
  }

  /**
   * Builds {@link TranslateOptions} with defaults: out/, and the backend named by TARJAMA_BACKEND or the config
   * file, else {@code auto}.
   */
  public static final class Builder {
    private final List<String> inputs;
    private Path out = Path.of("out");
    private @Nullable String backend;
    private @Nullable String endpoint;
    private @Nullable String model;
    private Map<String, String> backendOptions = Map.of();
    private @Nullable Path config;
    private EngineOptions engine = EngineOptions.defaults();
    private InputOptions input = InputOptions.defaults();
    private EnglishOutput english = EnglishOutput.defaults();

    private Builder(List<String> inputs) {
      this.inputs = inputs;
    }

    public Builder out(Path value) {
      this.out = value;
      return this;
    }

    /** A backend name, {@code auto}, or null to take it from TARJAMA_BACKEND or the config file. */
    public Builder backend(@Nullable String value) {
      this.backend = value;
      return this;
    }

    public Builder endpoint(@Nullable String value) {
      this.endpoint = value;
      return this;
    }

    public Builder model(@Nullable String value) {
      this.model = value;
      return this;
    }

    public Builder backendOptions(Map<String, String> value) {
      this.backendOptions = value;
      return this;
    }

    /** The config file; null means TARJAMA_CONFIG, else tarjama.yaml in the working directory if present. */
    public Builder config(@Nullable Path value) {
      this.config = value;
      return this;
    }

    public Builder engine(EngineOptions value) {
      this.engine = value;
      return this;
    }

    public Builder input(InputOptions value) {
      this.input = value;
      return this;
    }

    public Builder english(EnglishOutput value) {
      this.english = value;
      return this;
    }

    public TranslateOptions build() {
      return new TranslateOptions(inputs, out, backend, endpoint, model, backendOptions, config, engine, input, english);
    }
  }
}

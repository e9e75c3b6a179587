package org.tarjama.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.AutoSelection;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.ErrorMapping;
import org.tarjama.translate.http.JsonApi;
import org.tarjama.translate.http.Options;
import org.tarjama.translate.http.Secrets;
import org.tarjama.translate.http.Transport;

/**
 * Picks a backend for {@code --backend auto} from what the backends declare ({@link AutoSelection}): one the
 * config file sets up, else one whose key variable is set (lowest rank first), else one whose local server answers
 * its probe, else the last resort ({@code gloss}). It returns the choice with one line saying which and why.
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

  /** Where to look for local servers instead of their declared addresses (by server name), and how long to wait. */
  public record Probes(Map<String, String> addresses, Duration timeout) {

    public Probes {
      addresses = Map.copyOf(addresses);
    }

    public static Probes local() {
      return new Probes(Map.of(), Duration.ofMillis(700));
    }

    String address(AutoSelection.LocalServer server) {
      return addresses.getOrDefault(server.name(), server.address());
    }
  }

  private final Configuration config;
  private final Probes probes;

  public AutoBackend(Configuration config, Probes probes) {
    this.config = config;
    this.probes = probes;
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
    List<TranslatorProvider> keyed = config.backends().all().stream()
        .filter(p -> !p.descriptor().auto().variables().isEmpty())
        .sorted(Comparator.comparingInt(p -> p.descriptor().auto().rank())).toList();
    for (TranslatorProvider candidate : keyed) {
      BackendSettings settings = config.settings(candidate.name(), endpointFlag, modelFlag);
      Optional<String> variable = candidate.descriptor().auto().variables().stream()
          .filter(v -> settings.env().apply(v) != null).findFirst();
      if (variable.isPresent() && candidate.isConfigured(settings)) {
        return new Choice(candidate.name(), settings, "backend " + candidate.name() + ": " + variable.get() + " is set");
      }
    }
    List<String> notes = new ArrayList<>();
    List<String> asked = new ArrayList<>();
    for (Server server : servers()) {
      String address = probes.address(server.server());
      asked.add(server.server().what() + " (" + address + ")");
      Optional<JsonNode> reply = get(address, server.server().path());
      if (reply.isEmpty()) continue;
      AutoSelection.Found found = server.server().check().read(address, reply.get(),
          config.settings(server.backend(), null, modelFlag));
      if (found.chosen().isPresent()) {
        return new Choice(server.backend(), found.chosen().get(), "backend " + server.backend() + ": " + found.note());
      }
      notes.add(found.note());
    }
    TranslatorProvider last = config.backends().all().stream().filter(p -> p.descriptor().auto().lastResort())
        .findFirst().orElseThrow(() -> new IllegalStateException("no backend can be picked automatically; name one "
            + "with --backend"));
    String none = asked.isEmpty() ? "" : " and no " + String.join(" or ", asked) + " answers";
    return new Choice(last.name(), config.settings(last.name(), endpointFlag, modelFlag), "backend " + last.name()
        + ": no translation key is set" + none + notes.stream().map(n -> "; " + n).reduce("", String::concat)
        + "; " + last.description());
  }

  /** A backend's local server, in probing order. */
  private record Server(String backend, AutoSelection.LocalServer server) {
  }

  private List<Server> servers() {
    List<Server> servers = new ArrayList<>();
    for (TranslatorProvider p : config.backends().all()) {
      p.descriptor().auto().servers().forEach(s -> servers.add(new Server(p.name(), s)));
    }
    servers.sort(Comparator.comparingInt(s -> s.server().rank()));
    return servers;
  }

  /** The JSON at {@code path} under {@code base}, or empty when nothing usable answers in time. */
  private Optional<JsonNode> get(String base, String path) {
    HttpUrl url = HttpUrl.parse(base);
    if (url == null) return Optional.empty();
    JsonApi api = new JsonApi("auto", Transport.client("auto", probes.timeout(), List.of(), Transport.isPlainLoopback(base)),
        Secrets.of(), ErrorMapping.NONE, "");
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

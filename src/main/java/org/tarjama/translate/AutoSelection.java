package org.tarjama.translate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How {@code --backend auto} may pick a backend: when one of {@code variables} is set (keys before local servers,
 * lower {@code rank} first), when one of its local {@code servers} answers, or as the {@code lastResort} when
 * nothing else does.
 */
public record AutoSelection(int rank, List<String> variables, List<LocalServer> servers, boolean lastResort) {

  /** Never picked automatically; only by name. */
  public static final AutoSelection NEVER = new AutoSelection(Integer.MAX_VALUE, List.of(), List.of(), false);

  public AutoSelection {
    variables = List.copyOf(variables);
    servers = List.copyOf(servers);
  }

  /** Picked, at {@code rank}, when one of {@code variables} is set and the backend says it is configured. */
  public static AutoSelection whenSet(int rank, String... variables) {
    return new AutoSelection(rank, List.of(variables), List.of(), false);
  }

  /** Picked when nothing else is. */
  public static AutoSelection asLastResort() {
    return new AutoSelection(Integer.MAX_VALUE, List.of(), List.of(), true);
  }

  /** This, and also picked when {@code server} answers. */
  public AutoSelection orWhenAnswers(LocalServer server) {
    List<LocalServer> more = new ArrayList<>(servers);
    more.add(server);
    return new AutoSelection(rank, variables, more, lastResort);
  }

  /**
   * A server on this machine that auto-selection asks with {@code GET address/path}, after every key is checked;
   * lower {@code rank} first. {@code name} lets a caller point the probe elsewhere; {@code what} is how the user
   * knows it ("LibreTranslate").
   */
  public record LocalServer(String name, String what, String address, String path, int rank, ServerCheck check) {
  }

  /** Reads a probe's JSON reply: the settings to run with, or why this server will not do. */
  @FunctionalInterface
  public interface ServerCheck {
    Found read(String address, JsonNode reply, BackendSettings configured);
  }

  /** A probe's verdict: {@code settings} to use (with {@code note} added to the reason), or none and why. */
  public record Found(@Nullable BackendSettings settings, String note) {

    public static Found use(BackendSettings settings, String note) {
      return new Found(settings, note);
    }

    public static Found not(String why) {
      return new Found(null, why);
    }

    public Optional<BackendSettings> chosen() {
      return Optional.ofNullable(settings);
    }
  }
}

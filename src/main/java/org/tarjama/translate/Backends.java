package org.tarjama.translate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The backends on the class path, found with {@link ServiceLoader}. */
public final class Backends {

  private final List<TranslatorProvider> providers;

  private Backends(List<TranslatorProvider> providers) {
    this.providers = List.copyOf(providers);
  }

  public static Backends load() {
    List<TranslatorProvider> found = new ArrayList<>();
    ServiceLoader.load(TranslatorProvider.class).forEach(found::add);
    found.sort(Comparator.comparing(TranslatorProvider::name));
    return new Backends(found);
  }

  public List<TranslatorProvider> all() {
    return providers;
  }

  public Optional<TranslatorProvider> find(String name) {
    return providers.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
  }

  public TranslatorProvider require(String name) throws BackendUnavailableException {
    return find(name).orElseThrow(() -> new BackendUnavailableException("no backend named '" + name
        + "'; known backends: " + providers.stream().map(TranslatorProvider::name).collect(Collectors.joining(", "))));
  }
}

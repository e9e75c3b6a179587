package org.tarjama.translate.engine;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.memory.MemoryEntry;
import org.tarjama.memory.MemoryScope;
import org.tarjama.memory.SqliteMemory;
import org.tarjama.memory.TranslationMemory;

/**
 * The memory as a dry run sees it: reads the real one, but what the run would store goes to a temporary file,
 * so a sentence repeated late in the run counts as a hit, as it would for real, and the real memory is untouched.
 */
final class DryRunMemory implements TranslationMemory {

  private final TranslationMemory real;
  private final SqliteMemory overlay;

  DryRunMemory(TranslationMemory real) throws IOException {
    this.real = real;
    this.overlay = SqliteMemory.temporary();
  }

  @Override
  public Map<String, MemoryEntry> find(MemoryScope scope, Collection<String> sources) throws IOException {
    Map<String, MemoryEntry> found = new LinkedHashMap<>(real.find(scope, sources));
    List<String> rest = sources.stream().filter(s -> !found.containsKey(s)).toList();
    if (!rest.isEmpty()) found.putAll(overlay.find(scope, rest));
    return found;
  }

  @Override
  public void store(MemoryScope scope, Map<String, String> translations) throws IOException {
    overlay.store(scope, translations);
  }

  /** Closes the overlay only; the real memory belongs to the caller. */
  @Override
  public void close() throws IOException {
    overlay.close();
  }
}

package org.tarjama.memory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A memory that, for the run's scope, also reads entries stored under the key an older tarjama gave the same
 * settings, so memory files written before backends declared their options keep paying off. New translations are
 * stored under the new key only; old entries are left as they are.
 */
public final class OldKeys implements TranslationMemory {

  private final TranslationMemory memory;
  private final MemoryScope current;
  private final MemoryScope old;

  private OldKeys(TranslationMemory memory, MemoryScope current, MemoryScope old) {
    this.memory = memory;
    this.current = current;
    this.old = old;
  }

  /** {@code memory}, also reading {@code old} wherever {@code current} is looked up. */
  public static TranslationMemory reading(TranslationMemory memory, MemoryScope current, MemoryScope old) {
    return new OldKeys(memory, current, old);
  }

  @Override
  public Map<String, MemoryEntry> find(MemoryScope scope, Collection<String> sources) throws IOException {
    Map<String, MemoryEntry> found = memory.find(scope, sources);
    if (!scope.equals(current) || found.size() == sources.size()) return found;
    List<String> missing = new ArrayList<>();
    for (String source : sources) if (!found.containsKey(source)) missing.add(source);
    Map<String, MemoryEntry> all = new LinkedHashMap<>(found);
    all.putAll(memory.find(old, missing));
    return all;
  }

  @Override
  public void store(MemoryScope scope, Map<String, String> translations) throws IOException {
    memory.store(scope, translations);
  }

  /** Closes the memory underneath, which this one was opened over. */
  @Override
  public void close() throws IOException {
    memory.close();
  }
}

package org.tarjama.memory;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Translations already paid for. Sources are given in {@link SourceText#normalise normalised} form.
 * {@link #store} returns only once the translations are durable, so a crash right after loses nothing.
 */
public interface TranslationMemory extends AutoCloseable {

  /**
   * The known translations of {@code sources} for {@code scope}, keyed by source. An imported entry wins over
   * the scope's own, so a human translation memory is used before any machine translation.
   */
  Map<String, MemoryEntry> find(MemoryScope scope, Collection<String> sources) throws IOException;

  /** Stores {@code translations} (normalised source to translation) under {@code scope}, all or nothing. */
  void store(MemoryScope scope, Map<String, String> translations) throws IOException;

  @Override
  void close() throws IOException;
}

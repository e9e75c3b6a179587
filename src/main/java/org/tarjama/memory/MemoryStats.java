package org.tarjama.memory;

import java.nio.file.Path;
import java.util.List;

/** How much a memory file holds, by scope. */
public record MemoryStats(Path file, long bytes, List<ScopeCount> scopes) {

  public MemoryStats {
    scopes = List.copyOf(scopes);
  }

  public long entries() {
    return scopes.stream().mapToLong(ScopeCount::entries).sum();
  }

  public long imported() {
    return scopes.stream().filter(s -> s.scope().backend().equals(MemoryScope.IMPORTED)).mapToLong(ScopeCount::entries).sum();
  }

  /** The number of entries stored under one scope. */
  public record ScopeCount(MemoryScope scope, long entries) {
  }
}

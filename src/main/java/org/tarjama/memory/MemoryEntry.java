package org.tarjama.memory;

/** One stored translation: the normalised source, its translation, and the scope it belongs to. */
public record MemoryEntry(String source, String target, MemoryScope scope, long createdMillis) {

  public MemoryEntry {
    if (source.isBlank() || target.isBlank()) {
      throw new IllegalArgumentException("memory entry needs a source and a translation");
    }
  }

  public boolean imported() {
    return scope.backend().equals(MemoryScope.IMPORTED);
  }
}

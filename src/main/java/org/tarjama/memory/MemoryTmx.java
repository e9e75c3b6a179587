package org.tarjama.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tarjama.Version;
import org.tarjama.export.TmxReader;
import org.tarjama.export.TmxUnit;
import org.tarjama.export.TmxWriter;

/**
 * The memory as TMX 1.4b and back. Export writes one {@code <tu>} per entry with {@code x-backend},
 * {@code x-model}, {@code x-options} and {@code x-created} props. Import keeps those props when a unit has them (a
 * tarjama export or corpus.tmx goes back under its backend); a unit without {@code x-backend} is a human translation
 * and is stored under {@link MemoryScope#IMPORTED}, which every backend consults first.
 */
public final class MemoryTmx {

  private static final int IMPORT_BATCH = 1000;

  private MemoryTmx() {
  }

  /** How an import went: entries stored, and units passed over because they lack Arabic or English text. */
  public record Imported(long entries, long skipped) {
  }

  /** Writes every entry (of {@code backend} only, when not empty) to {@code target}; returns how many. */
  public static long export(SqliteMemory memory, String backend, Path target) throws IOException {
    long[] count = {0};
    try (TmxWriter tmx = new TmxWriter(target, Version.current())) {
      memory.forEach(backend, entry -> {
        tmx.write(unit(entry));
        count[0]++;
      });
      tmx.commit();
    }
    return count[0];
  }

  private static TmxUnit unit(MemoryEntry entry) {
    Map<String, String> props = new HashMap<>();
    props.put("x-backend", entry.scope().backend());
    if (!entry.scope().model().isEmpty()) props.put("x-model", entry.scope().model());
    if (!entry.scope().options().isEmpty()) props.put("x-options", entry.scope().options());
    props.put("x-created", Instant.ofEpochMilli(entry.createdMillis()).toString());
    return new TmxUnit("", props, Map.of("ar", entry.source(), "en", entry.target()));
  }

  /** Loads every unit of {@code tmx} that has Arabic and English text. */
  public static Imported importFile(SqliteMemory memory, Path tmx) throws IOException {
    String origin = tmx.getFileName().toString();
    long now = System.currentTimeMillis();
    List<MemoryEntry> pending = new ArrayList<>();
    long[] counts = {0, 0};
    try {
      TmxReader.read(tmx, unit -> {
        Optional<String> ar = unit.text("ar").map(SourceText::normalise).filter(s -> !s.isBlank());
        Optional<String> en = unit.text("en").filter(s -> !s.isBlank());
        if (ar.isEmpty() || en.isEmpty()) {
          counts[1]++;
          return;
        }
        pending.add(new MemoryEntry(ar.get(), en.get(), scopeOf(unit, origin), created(unit, now)));
        counts[0]++;
        if (pending.size() >= IMPORT_BATCH) flush(memory, pending);
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    flush(memory, pending);
    return new Imported(counts[0], counts[1]);
  }

  private static long created(TmxUnit unit, long otherwise) {
    try {
      return Instant.parse(unit.props().getOrDefault("x-created", "")).toEpochMilli();
    } catch (java.time.format.DateTimeParseException e) {
      return otherwise;
    }
  }

  private static MemoryScope scopeOf(TmxUnit unit, String origin) {
    String backend = unit.props().getOrDefault("x-backend", "");
    if (backend.isBlank()) return MemoryScope.imported(origin);
    return new MemoryScope(backend, unit.props().getOrDefault("x-model", ""), unit.props().getOrDefault("x-options", ""));
  }

  private static void flush(SqliteMemory memory, List<MemoryEntry> pending) {
    try {
      memory.storeAll(pending);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pending.clear();
  }
}

package org.tarjama.memory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.tarjama.export.PairSource;
import org.tarjama.export.SourceDocument;
import org.tarjama.model.Pair;
import org.tarjama.model.SegmentId;

/**
 * The translation memory as a source for {@code tarjama export}. The memory keeps no articles, so each entry is a
 * document of one pair, with an id derived from its content ({@code tm-} and 12 hex digits): the same memory always
 * exports the same ids, a split spreads entries, and near-duplicate detection compares them.
 */
public final class MemorySource implements PairSource {

  private final Path file;
  private final String backend;

  /** Every entry of the memory in {@code file}, or only those of {@code backend} when it is not empty. */
  public MemorySource(Path file, String backend) {
    this.file = file;
    this.backend = backend;
  }

  @Override
  public String describe() {
    return "translation memory " + file + (backend.isEmpty() ? "" : " (backend " + backend + ")");
  }

  @Override
  public void forEachDocument(DocumentVisitor visitor) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no translation memory at " + file + "; name the file a run used with --tm");
    }
    try (SqliteMemory memory = SqliteMemory.openReadOnly(file)) {
      memory.forEach(backend, entry -> {
        String doc = documentId(entry);
        Pair pair = Pair.ok(new SegmentId(doc, 1, 1), entry.source(), entry.target(), entry.scope().backend(),
            entry.scope().model());
        visitor.visit(new SourceDocument(doc, Optional.empty(), List.of(pair)));
      });
    }
  }

  static String documentId(MemoryEntry entry) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      MemoryScope scope = entry.scope();
      for (String part : new String[] {scope.backend(), scope.model(), scope.options(), entry.source()}) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return "tm-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

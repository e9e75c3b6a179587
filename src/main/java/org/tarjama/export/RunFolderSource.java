package org.tarjama.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/**
 * The output folder of a translate run: {@code pairs.jsonl}, read as a stream and grouped into documents by
 * consecutive document id, and {@code articles/<id>.json} for each document when present.
 */
public final class RunFolderSource implements PairSource {

  /** The Spark job's pairs: a folder of JSONL part files with the same records as {@code pairs.jsonl}. */
  public static final String SPARK_PAIRS = "pairs";

  private final Path folder;

  public RunFolderSource(Path folder) {
    this.folder = folder;
  }

  public Path folder() {
    return folder;
  }

  @Override
  public String describe() {
    return folder.toString();
  }

  @Override
  public void forEachDocument(DocumentVisitor visitor) throws IOException {
    List<Path> files = pairFiles();
    @Nullable String doc = null;
    List<Pair> group = new ArrayList<>();
    Map<String, String> meta = Map.of();
    for (Path pairs : files) {
      try (BufferedReader reader = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lineNumber++;
          if (line.isBlank()) continue;
          PairJson.Line parsed = parse(pairs, lineNumber, line);
          Pair pair = parsed.pair();
          if (doc != null && !doc.equals(pair.id().doc())) {
            visitor.visit(document(doc, group, meta));
            group = new ArrayList<>();
          }
          if (group.isEmpty()) meta = parsed.meta();
          doc = pair.id().doc();
          group.add(pair);
        }
      }
    }
    if (doc != null) visitor.visit(document(doc, group, meta));
  }

  /**
   * {@code pairs.jsonl}; else the part files of the Spark job's {@code pairs} folder (given, or inside the folder),
   * in name order. A document's pairs are consecutive in one part file, as in {@code pairs.jsonl}.
   */
  private List<Path> pairFiles() throws IOException {
    Path pairs = folder.resolve(OutputSet.PAIRS);
    if (Files.isRegularFile(pairs)) return List.of(pairs);
    for (Path parts : List.of(folder.resolve(SPARK_PAIRS), folder)) {
      if (!Files.isDirectory(parts)) continue;
      try (Stream<Path> listing = Files.list(parts)) {
        List<Path> found = listing.filter(p -> p.getFileName().toString().startsWith("part-") && Files.isRegularFile(p))
            .sorted().toList();
        if (!found.isEmpty()) return found;
      }
    }
    throw new IOException(folder + " is not a run folder: it has no " + OutputSet.PAIRS
        + " (nor part files of a Spark job's pairs); give the --out folder of a 'tarjama translate' run");
  }

  private static PairJson.Line parse(Path file, int lineNumber, String line) throws IOException {
    try {
      return PairJson.parseWithMeta(line);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ":" + lineNumber + ": " + e.getMessage() + "; fix or remove that line", e);
    }
  }

  /** The document; its metadata is its article's, else (the Spark job writes no article files) its pairs line's. */
  private SourceDocument document(String doc, List<Pair> pairs, Map<String, String> lineMeta) throws IOException {
    Path file = folder.resolve(OutputSet.ARTICLES).resolve(ArticleJson.fileName(doc));
    Optional<Article> article = Optional.empty();
    if (Files.isRegularFile(file)) {
      try {
        article = Optional.of(ArticleJson.read(file));
      } catch (IOException | IllegalArgumentException e) {
        throw new IOException(file + " cannot be read as an article: " + e.getMessage(), e);
      }
    }
    return new SourceDocument(doc, article, pairs, article.map(Article::metadata).orElse(lineMeta));
  }
}

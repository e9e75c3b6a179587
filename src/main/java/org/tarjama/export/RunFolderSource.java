package org.tarjama.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
        for (String line = readLine(reader, pairs, lineNumber + 1); line != null;
             line = readLine(reader, pairs, lineNumber + 1)) {
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
        if (!found.isEmpty() && found.stream().allMatch(p -> p.getFileName().toString().endsWith(".parquet"))) {
          throw new IOException(parts + " holds Parquet part files (the Spark job's --parquet), and this reads the"
              + " job's JSON lines: run the job without --parquet into another --out, or convert them (in Spark:"
              + " spark.read.parquet(IN).write.json(OUT))");
        }
        if (!found.isEmpty()) return found;
      }
    }
    throw new IOException(folder + " is not a run folder: it has no " + OutputSet.PAIRS
        + " (nor part files of a Spark job's pairs); give the --out folder of a 'tarjama translate' run");
  }

  /** The next line, or a message naming the file and line when the bytes are not UTF-8 (a damaged or binary file). */
  private static @Nullable String readLine(BufferedReader reader, Path file, int lineNumber) throws IOException {
    try {
      return reader.readLine();
    } catch (CharacterCodingException e) {
      // the reader decodes ahead of the line it returns: the bad line is found again in the bytes
      throw new IOException(file + ":" + firstLineNotUtf8(file, lineNumber) + ": not UTF-8 text (a damaged or binary"
          + " file); pairs files are JSON lines in UTF-8: restore the file from the run that wrote it, or run it"
          + " again", e);
    }
  }

  /** The number of the first line from {@code from} on whose bytes are not UTF-8. */
  private static int firstLineNotUtf8(Path file, int from) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] != '\n') continue;
      if (line >= from) {
        try {
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException bad) {
          return line;
        }
      }
      line++;
      start = i + 1;
    }
    return from;
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

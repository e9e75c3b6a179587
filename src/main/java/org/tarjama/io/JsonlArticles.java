package org.tarjama.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * JSONL input: one article per line, a JSON object whose fields (named by {@link InputOptions}) hold the id,
 * headline, text and metadata. Lines are read one at a time, so a file of millions of articles streams in flat
 * memory. A line that is not a JSON object or has no text is reported with its file and line number and skipped.
 */
final class JsonlArticles implements ArticleFormat {


  private final InputOptions options;
  private final ArticleReader stdin;

  JsonlArticles(InputOptions options, ArticleReader stdin) {
    this.options = options;
    this.stdin = stdin;
  }

  @Override
  public ArticleStream open(InputFile file, Consumer<Skipped> onBadRecord) throws UnreadableInputException {
    try {
      return new Lines(file, lines(file, stdin), onBadRecord);
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read: " + e.getMessage());
    }
  }

  /** As {@link #open}, reading the lines from {@code in}, which a driver opened itself; closed once read. */
  ArticleStream open(InputFile file, java.io.InputStream in, Consumer<Skipped> onBadRecord) {
    return new Lines(file, utf8Lines(in), onBadRecord);
  }

  /** The lines of a JSONL input, from the start; bad bytes become U+FFFD and fail that line only, not the file. */
  static BufferedReader lines(InputFile file, ArticleReader stdin) throws IOException {
    if (file.path() == null) {
      try {
        return new BufferedReader(new StringReader(stdin.read(file).text()));
      } catch (UnreadableInputException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
    return utf8Lines(Files.newInputStream(file.path()));
  }

  private static BufferedReader utf8Lines(java.io.InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
  }

  /** Parses one line into an article, or says why it is not one. */
  Record parse(InputFile file, long lineNumber, String line) {
    if (line.indexOf('\uFFFD') >= 0) return Record.bad("not UTF-8 text; re-save the file as UTF-8");
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return Record.bad("not JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) return Record.bad("not a JSON object; each line must be one {…} article");
    JsonNode textNode = node.get(options.textField());
    if (textNode != null && !textNode.isNull() && !textNode.isTextual()) {
      return Record.bad("field '" + options.textField() + "' holds " + kind(textNode) + ", not a string");
    }
    String text = field(node, options.textField());
    if (text == null || text.isBlank()) {
      return Record.bad("no text: field '" + options.textField() + "' is missing or empty (name it with --text-field)");
    }
    String title = field(node, options.titleField());
    String id = field(node, options.idField());
    id = id == null || id.isBlank() ? file.id() + "-" + lineNumber : id.strip().replaceAll("\\s+", "_");
    Map<String, String> metadata = new LinkedHashMap<>();
    for (String name : options.metadataFields()) {
      JsonNode raw = node.get(name);
      // a list or an object travels as its JSON, rather than being dropped
      String value = raw != null && raw.isContainerNode() ? raw.toString() : field(node, name);
      if (value != null && !value.isBlank()) metadata.put(name, value);
    }
    // the headline is line 1 and the text follows on the next line, as in a text article, so both clean alike
    String body = title == null || title.isBlank() ? text : title.replaceAll("\\R", " ") + "\n" + text;
    SourceArticle article = new SourceArticle(id, file.source() + ":" + lineNumber, "UTF-8", body, metadata, List.of(),
        List.of());
    return new Record(article, null);
  }

  static @Nullable String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || value.isContainerNode()) return null;
    return value.asText();
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** One line's result: an article, or the reason it is not one. */
  record Record(@Nullable SourceArticle article, @Nullable String problem) {
    static Record bad(String problem) {
      return new Record(null, problem);
    }
  }

  private final class Lines implements ArticleStream {
    private final InputFile file;
    private final BufferedReader reader;
    private final Consumer<Skipped> onBadRecord;
    private long lineNumber;
    private @Nullable SourceArticle next;
    private boolean done;
    private boolean seenRecord;

    Lines(InputFile file, BufferedReader reader, Consumer<Skipped> onBadRecord) {
      this.file = file;
      this.reader = reader;
      this.onBadRecord = onBadRecord;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        String line;
        try {
          line = reader.readLine();
        } catch (IOException e) {
          throw new UncheckedIOException(file.source() + ":" + (lineNumber + 1) + ": cannot read: " + e.getMessage(), e);
        }
        if (line == null) {
          if (!seenRecord) onBadRecord.accept(new Skipped(file.source(), "empty file: no JSON line in it; nothing to translate"));
          done = true;
          close();
          break;
        }
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank()) continue;
        seenRecord = true;
        Record record = parse(file, lineNumber, line);
        if (record.article() != null) next = record.article();
        else onBadRecord.accept(new Skipped(file.source() + ":" + lineNumber, record.problem()));
      }
      return next != null;
    }

    @Override
    public SourceArticle next() {
      if (!hasNext()) throw new NoSuchElementException();
      SourceArticle article = next;
      next = null;
      return article;
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        // nothing was written; a failed close of a reader loses nothing
      }
    }
  }

  /** Made on first use: a run without JSONL input loads none of Jackson's hundreds of classes. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}

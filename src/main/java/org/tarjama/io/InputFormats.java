package org.tarjama.io;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.tarjama.model.Removal;

/**
 * Reads any input in the format its name (or {@code --input-format}) says: text, JSONL or HTML. A {@code .txt}
 * that holds an HTML page is read as HTML, and the article file says so. Ids stay unique across the whole run.
 * Make one for each pass over the inputs, since it remembers the ids it gave.
 */
public final class InputFormats implements ArticleFormat {

  private final InputOptions options;
  private final ArticleReader reader;
  private final JsonlArticles jsonl;
  private final Consumer<String> onNotice;
  private final @Nullable KeptTexts keepIn;
  private final @Nullable KeptTexts takeFrom;
  private final SeenIds seen = new SeenIds();

  public InputFormats(InputOptions options, ArticleReader reader) {
    this(options, reader, notice -> { });
  }

  /** As {@link #InputFormats(InputOptions, ArticleReader)}, telling {@code onNotice} of a text file read as HTML. */
  public InputFormats(InputOptions options, ArticleReader reader, Consumer<String> onNotice) {
    this(options, reader, onNotice, null, null);
  }

  private InputFormats(InputOptions options, ArticleReader reader, Consumer<String> onNotice,
      @Nullable KeptTexts keepIn, @Nullable KeptTexts takeFrom) {
    this.options = options;
    this.reader = reader;
    this.jsonl = new JsonlArticles(options, reader);
    this.onNotice = onNotice;
    this.keepIn = keepIn;
    this.takeFrom = takeFrom;
  }

  /** A new pass like this one that keeps the decoded text files it reads in {@code texts}, for a later pass. */
  public InputFormats keepingTextsIn(KeptTexts texts) {
    return new InputFormats(options, reader, onNotice, texts, null);
  }

  /** A new pass like this one that takes text files decoded by an earlier pass from {@code texts} instead of reading them. */
  public InputFormats takingTextsFrom(KeptTexts texts) {
    return new InputFormats(options, reader, onNotice, null, texts);
  }

  @Override
  public ArticleStream open(InputFile file, Consumer<Skipped> onBadRecord) throws UnreadableInputException {
    ArticleStream articles = switch (options.format().of(name(file))) {
      case JSONL -> jsonl.open(file, onBadRecord);
      case HTML -> single(html(file, reader.readPage(file), List.of()));
      default -> single(text(file, decoded(file)));
    };
    return new SafeIds(articles, seen);
  }

  private DecodedText decoded(InputFile file) throws UnreadableInputException {
    DecodedText kept = takeFrom == null ? null : takeFrom.take(file);
    if (kept != null) return kept;
    DecodedText decoded = reader.readWhole(file);
    if (keepIn != null) keepIn.keep(file, decoded);
    return decoded;
  }

  /**
   * As {@link #open(InputFile, Consumer)} for an input a driver opens itself (the Spark job, on HDFS or S3): read as a
   * file at {@code source} would be, its id from the name; {@code in} is closed once read. Ids are made safe but not
   * unique: a record repeating an id keeps it, for the driver to rename across all its inputs as this class would.
   */
  public ArticleStream open(String source, InputStream in, Consumer<Skipped> onBadRecord) throws UnreadableInputException {
    String name = source.substring(source.lastIndexOf('/') + 1);
    InputFile file = new InputFile(ArticleIds.sanitise(InputFinder.stem(name)), source, null);
    InputFormat format = options.format().of(name);
    if (format == InputFormat.JSONL) return new SafeIds(jsonl.open(file, in, onBadRecord), null);
    byte[] bytes = reader.bytes(in);
    return single(format == InputFormat.HTML ? html(file, reader.page(bytes), List.of())
        : text(file, TextDecoder.decode(bytes)));
  }

  /** The JSONL inputs among {@code files}, each able to read its records again from the start, for en.jsonl. */
  public List<RecordFile> recordFiles(List<InputFile> files) {
    return files.stream().filter(f -> options.format().of(name(f)) == InputFormat.JSONL)
        .map(f -> new RecordFile(f.source(), () -> JsonlArticles.lines(f, reader), options.titleField())).toList();
  }

  /** The most articles {@code files} can hold: one each, unless a JSONL file may hold any number. */
  public long mostArticles(List<InputFile> files) {
    for (InputFile file : files) if (options.format().of(name(file)) == InputFormat.JSONL) return Long.MAX_VALUE;
    return files.size();
  }

  private static String name(InputFile file) {
    return file.path() == null ? file.source() : file.path().getFileName().toString();
  }

  private SourceArticle text(InputFile file, DecodedText decoded) throws UnreadableInputException {
    // --input-format text means the text as it is, markup and all
    if (options.format() == InputFormat.AUTO && HtmlPage.looksLikeHtml(decoded.text())) {
      String note = "this text file holds an HTML page; read as HTML (name it .html, or pass --input-format html)";
      onNotice.accept(file.source() + ": " + note);
      return html(file, decoded, List.of(new Removal(0, "", "html: " + note)));
    }
    reader.checkLineLengths(decoded.text());
    return new SourceArticle(file.id(), file.source(), decoded.encoding(), decoded.text(), java.util.Map.of(), List.of(),
        decoded.repairs());
  }

  private SourceArticle html(InputFile file, DecodedText decoded, List<Removal> notes) throws UnreadableInputException {
    SourceArticle article = HtmlPage.read(file.id(), file.source(), decoded, notes);
    reader.checkLineLengths(article.text());
    return article;
  }

  private static ArticleStream single(SourceArticle article) {
    return ArticleStream.of(List.of(article));
  }

  /** Makes a record's id a safe file name and, given the ids seen so far, renames one an earlier input already used. */
  private static final class SafeIds implements ArticleStream {
    private final ArticleStream articles;
    private final @Nullable SeenIds seen;

    SafeIds(ArticleStream articles, @Nullable SeenIds seen) {
      this.articles = articles;
      this.seen = seen;
    }

    @Override
    public boolean hasNext() {
      return articles.hasNext();
    }

    @Override
    public SourceArticle next() {
      SourceArticle a = articles.next();
      // an id from a JSONL record is made a safe file name like a file's, so two never share an article file
      String safe = ArticleIds.sanitise(a.id());
      String id = seen == null ? safe : seen.unique(safe);
      return id.equals(a.id()) ? a
          : new SourceArticle(id, a.source(), a.encoding(), a.text(), a.metadata(), a.dropped(), a.repairs());
    }

    @Override
    public void close() {
      articles.close();
    }
  }
}

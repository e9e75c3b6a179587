package org.tarjama.io;

import java.util.List;
import java.util.function.Consumer;
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
  private final SeenIds seen = new SeenIds();

  public InputFormats(InputOptions options, ArticleReader reader) {
    this.options = options;
    this.reader = reader;
    this.jsonl = new JsonlArticles(options, reader);
  }

  @Override
  public ArticleStream open(InputFile file, Consumer<Skipped> onBadRecord) throws UnreadableInputException {
    ArticleStream articles = switch (options.format().of(name(file))) {
      case JSONL -> jsonl.open(file, onBadRecord);
      case HTML -> single(html(file, reader.read(file), List.of()));
      default -> single(text(file, reader.read(file)));
    };
    return new UniqueIds(articles);
  }

  /** The JSONL inputs among {@code files}, each able to read its records again from the start, for en.jsonl. */
  public List<RecordFile> recordFiles(List<InputFile> files) {
    return files.stream().filter(f -> options.format().of(name(f)) == InputFormat.JSONL)
        .map(f -> new RecordFile(f.source(), () -> JsonlArticles.lines(f, reader), options.titleField())).toList();
  }

  private static String name(InputFile file) {
    return file.path() == null ? file.source() : file.path().getFileName().toString();
  }

  private static SourceArticle text(InputFile file, DecodedText decoded) {
    if (HtmlPage.looksLikeHtml(decoded.text())) {
      return html(file, decoded, List.of(new Removal(0, "", "html: this text file holds an HTML page; read as HTML"
          + " (name it .html, or pass --input-format html)")));
    }
    return new SourceArticle(file.id(), file.source(), decoded.encoding(), decoded.text(), java.util.Map.of(), List.of());
  }

  private static SourceArticle html(InputFile file, DecodedText decoded, List<Removal> notes) {
    return HtmlPage.read(file.id(), file.source(), decoded.encoding(), decoded.text(), notes);
  }

  private static ArticleStream single(SourceArticle article) {
    return ArticleStream.of(List.of(article));
  }

  /** Renames an article whose id an earlier input already used. */
  private final class UniqueIds implements ArticleStream {
    private final ArticleStream articles;

    UniqueIds(ArticleStream articles) {
      this.articles = articles;
    }

    @Override
    public boolean hasNext() {
      return articles.hasNext();
    }

    @Override
    public SourceArticle next() {
      SourceArticle a = articles.next();
      String id = seen.unique(a.id());
      return id.equals(a.id()) ? a : new SourceArticle(id, a.source(), a.encoding(), a.text(), a.metadata(), a.dropped());
    }

    @Override
    public void close() {
      articles.close();
    }
  }
}

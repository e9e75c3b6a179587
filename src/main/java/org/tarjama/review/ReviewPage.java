package org.tarjama.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tarjama.export.AtomicFile;
import org.tarjama.export.PairSource;
import org.tarjama.export.SourceDocument;
import org.tarjama.model.Article;
import org.tarjama.model.Repair;
import org.tarjama.model.Pair;
import org.tarjama.model.Removal;
import org.tarjama.quality.Flags;

/**
 * {@code review.html}: one self-contained page (inline CSS, no scripts, fonts or requests) with a summary table,
 * then each article with its pairs side by side, Arabic right to left and English left to right, one table row
 * per pair, flags highlighted, and the lines the cleaner removed greyed below. Written in two streaming passes
 * over the source (totals, then articles), so memory holds one article at a time.
 */
public final class ReviewPage {

  public static final String FILE = "review.html";
  private static final String CSS = resource("review.css");
  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
  private static final String FOOT = "</main>\n</body>\n</html>\n";

  private ReviewPage() {
  }

  public static void write(PairSource source, Path target) throws IOException {
    Summary summary = new Summary();
    source.forEachDocument(summary::add);
    try (AtomicFile file = AtomicFile.open(target)) {
      Writer out = file.writer();
      head(out, source.describe(), summary);
      source.forEachDocument(document -> article(out, document));
      out.write(FOOT);
      file.commit();
    }
  }

  /**
   * A page written as a run goes, one document at a time, so that it is ready when the run ends rather than
   * read back from the run folder after it: the articles go to a temporary file, and {@link Streaming#commit}
   * puts the summary (known only at the end) before them. The page is the one {@link #write} makes.
   */
  public static Streaming streaming(Path target) throws IOException {
    return new Streaming(target);
  }

  /** A review page being written document by document; closing it without committing leaves nothing behind. */
  public static final class Streaming implements AutoCloseable {

    private final Path target;
    private final AtomicFile body;
    private final Summary summary = new Summary();

    private Streaming(Path target) throws IOException {
      this.target = target;
      // named as a staged review.html, so a run killed mid-way leaves a .part file the next run removes
      this.body = AtomicFile.open(target);
    }

    /** Adds a document, in the order the page shows them. */
    public void add(SourceDocument document) throws IOException {
      summary.add(document);
      article(body.writer(), document);
    }

    /** Writes the page: the summary of every document added, then the documents; {@code source} names the run. */
    public void commit(String source) throws IOException {
      AtomicFile.Staged articles = body.stage();
      try (AtomicFile page = AtomicFile.open(target)) {
        Writer out = page.writer();
        head(out, source, summary);
        out.flush();
        Files.copy(articles.temp(), page.stream());
        out.write(FOOT);
        page.commit();
      } finally {
        articles.discard();
      }
    }

    @Override
    public void close() throws IOException {
      body.close();
    }
  }

  private static void head(Writer out, String source, Summary s) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>tarjama review: " + s.articles + " articles, " + s.pairs + " pairs</title>\n<style>\n" + CSS
        + "</style>\n</head>\n<body>\n<header>\n<h1>Translation review</h1>\n<p class=\"source\">"
        + Html.escape(source) + "</p>\n");
    out.write("<table class=\"summary\">\n<tbody>\n");
    row(out, "Articles", String.valueOf(s.articles));
    row(out, "Pairs", String.valueOf(s.pairs));
    row(out, "Translated", String.valueOf(s.translated));
    row(out, "Failed", String.valueOf(s.failed));
    row(out, "Flagged for review", String.valueOf(s.flagged));
    if (s.notForTraining > 0) {
      // a property of the backend, not of single pairs, so it is said once here rather than on every row
      row(out, "Not for training", s.notForTraining + " (" + Flags.meaning(Flags.NOT_FOR_TRAINING) + ")");
    }
    row(out, "Removed lines", String.valueOf(s.removedLines));
    row(out, "Backend", counted(s.backends));
    row(out, "Model", counted(s.models));
    out.write("</tbody>\n</table>\n");
    if (!s.flags.isEmpty()) {
      out.write("<table class=\"flag-counts\">\n<thead><tr><th>Flag</th><th>Pairs</th><th>Meaning</th></tr></thead>\n<tbody>\n");
      for (Map.Entry<String, Long> flag : s.flags.entrySet()) {
        out.write("<tr><td><span class=\"flag\">" + Html.escape(flag.getKey()) + "</span></td><td class=\"count\">"
            + flag.getValue() + "</td><td>" + Html.escape(Flags.meaning(flag.getKey())) + "</td></tr>\n");
      }
      out.write("</tbody>\n</table>\n");
    }
    out.write("<nav>\n<h2>Articles</h2>\n<ol>\n");
    for (Summary.ArticleLine line : s.contents) {
      out.write("<li><a href=\"#doc-" + Html.id(line.id()) + "\">" + Html.escape(line.id()) + "</a> <span class=\"counts\">"
          + line.pairs() + " pairs, " + line.flagged() + " flagged, " + line.failed() + " failed, " + line.removed()
          + " removed lines</span></li>\n");
    }
    out.write("</ol>\n</nav>\n</header>\n<main>\n");
  }

  /** Whether a pair has a quality flag; not-for-training belongs to the backend, so it alone does not mark a row. */
  static boolean flagged(Pair pair) {
    return pair.quality().flags().stream().anyMatch(f -> !f.equals(Flags.NOT_FOR_TRAINING));
  }

  private static void row(Writer out, String label, String value) throws IOException {
    out.write("<tr><th scope=\"row\">" + label + "</th><td>" + Html.escape(value) + "</td></tr>\n");
  }

  private static String counted(Map<String, Long> counts) {
    if (counts.size() == 1) return counts.keySet().iterator().next();
    return counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
  }

  private static void article(Writer out, SourceDocument document) throws IOException {
    out.write("<section class=\"article\" id=\"doc-" + Html.id(document.id()) + "\">\n<h2>" + Html.escape(document.id()));
    if (document.article().isPresent()) {
      Article article = document.article().get();
      out.write(" <small>" + Html.escape(article.source()) + " · " + Html.escape(article.encoding()));
      for (Map.Entry<String, String> field : article.metadata().entrySet()) {
        out.write(" · " + Html.escape(field.getKey()) + " <bdi dir=\"auto\"" + (ARABIC.matcher(field.getValue()).find()
            ? " lang=\"ar\"" : "") + ">" + Html.escape(field.getValue()) + "</bdi>");
      }
      out.write("</small>");
    }
    out.write("</h2>\n");
    for (Repair r : document.article().map(Article::repairs).orElse(List.of())) {
      out.write("<p class=\"repaired\">repaired while reading, line " + r.line() + ", byte " + r.byteOffset() + ": "
          + Html.escape(r.what()) + "</p>\n");
    }
    out.write("<table class=\"pairs\">\n<thead><tr><th class=\"id\">Segment</th><th class=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</th>"
        + "<th class=\"en\">English</th><th class=\"flags\">Flags</th></tr></thead>\n<tbody>\n");
    int paragraph = -1;
    for (Pair pair : document.pairs()) {
      boolean starts = pair.id().para() != paragraph;
      paragraph = pair.id().para();
      pair(out, pair, starts);
    }
    out.write("</tbody>\n</table>\n");
    if (document.article().isPresent() && !document.article().get().removals().isEmpty()) {
      removals(out, document.article().get());
    }
    out.write("</section>\n");
  }

  private static void pair(Writer out, Pair pair, boolean startsParagraph) throws IOException {
    StringBuilder classes = new StringBuilder("pair");
    if (startsParagraph) classes.append(" para-start");
    if (!pair.isOk()) classes.append(" failed");
    else if (flagged(pair)) classes.append(" flagged");
    String local = "p" + pair.id().para() + "s" + pair.id().sent() + (pair.id().piece() > 0 ? "." + pair.id().piece() : "");
    out.write("<tr class=\"" + classes + "\" id=\"" + Html.id(pair.id().toString()) + "\">");
    out.write("<td class=\"id\">" + Html.escape(local) + "</td>");
    out.write("<td class=\"ar\" lang=\"ar\" dir=\"rtl\">" + Html.escape(pair.ar()) + "</td>");
    if (pair.isOk()) {
      out.write("<td class=\"en\" lang=\"en\" dir=\"ltr\">" + Html.escape(pair.en()) + "</td>");
    } else {
      out.write("<td class=\"en\" lang=\"en\" dir=\"ltr\"><span class=\"failure\">failed: " + Html.escape(pair.reason()) + "</span></td>");
    }
    out.write("<td class=\"flags\">");
    for (String flag : pair.quality().flags()) {
      if (flag.equals(Flags.NOT_FOR_TRAINING)) continue;  // said once in the summary
      out.write("<span class=\"flag flag-" + Html.id(flag) + "\" title=\"" + Html.escape(Flags.meaning(flag))
          + "\">" + Html.escape(flag) + "</span> ");
    }
    // scores in plain sight: a touch screen has no hover to show a tooltip
    for (Map.Entry<String, Double> score : pair.quality().scores().entrySet()) {
      out.write("<span class=\"score\">" + Html.escape(score.getKey()) + " " + String.format(Locale.ROOT, "%.2f", score.getValue())
          + "</span> ");
    }
    out.write("</td></tr>\n");
  }

  private static void removals(Writer out, Article article) throws IOException {
    out.write("<details class=\"removed\" open>\n<summary>Removed by the cleaner: " + article.removals().size()
        + " lines</summary>\n<ol>\n");
    for (Removal removal : article.removals()) {
      out.write("<li><span class=\"line\">line " + removal.line() + "</span> <bdi dir=\"auto\" class=\"text\""
          + (ARABIC.matcher(removal.text()).find() ? " lang=\"ar\"" : "") + ">" + Html.escape(removal.text()) + "</bdi> <span class=\"reason\">" + Html.escape(removal.reason()) + "</span></li>\n");
    }
    out.write("</ol>\n</details>\n");
  }

  private static String resource(String name) {
    try (InputStream in = ReviewPage.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name + " next to " + ReviewPage.class);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}

package org.tarjama.export;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.Paragraph;

/**
 * An article's English as a reader wants it: one string per source paragraph, the headline first, its sentences
 * joined with a space. A failed segment reads {@code [untranslated: ID]}, never the Arabic and never left out.
 */
public record EnglishArticle(String id, List<EnglishParagraph> paragraphs) {

  /** One English paragraph and the source line its Arabic came from. */
  public record EnglishParagraph(int line, String text) {
  }

  public EnglishArticle {
    paragraphs = List.copyOf(paragraphs);
  }

  public static EnglishArticle of(Article article, List<Pair> pairs) {
    List<EnglishParagraph> paragraphs = new ArrayList<>();
    int next = 0;
    for (Paragraph paragraph : article.paragraphs()) {
      StringBuilder text = new StringBuilder();
      // pairs come in segment order, so each paragraph's pairs are the next run with its index
      while (next < pairs.size() && pairs.get(next).id().para() == paragraph.index()) {
        if (!text.isEmpty()) text.append(' ');
        text.append(english(pairs.get(next++)));
      }
      if (!text.isEmpty()) paragraphs.add(new EnglishParagraph(paragraph.line(), text.toString()));
    }
    return new EnglishArticle(article.id(), paragraphs);
  }

  /** The marker a failed segment leaves in the English article. */
  public static String untranslated(Pair pair) {
    return "[untranslated: " + pair.id() + "]";
  }

  private static String english(Pair pair) {
    return pair.isOk() && !pair.en().isBlank() ? Lines.flatten(pair.en()).strip() : untranslated(pair);
  }

  /** Plain text: paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs.stream().map(EnglishParagraph::text).toList()) + "\n";
  }

  /** Markdown: the headline as a level-1 heading, then the paragraphs, with Markdown's line starters escaped. */
  public String markdown() {
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String text = paragraphs.get(i).text();
      blocks.add(i == 0 ? "# " + escapeInline(text) : escapeLineStart(escapeInline(text)));
    }
    return String.join("\n\n", blocks) + "\n";
  }

  // emphasis, code, links, raw HTML, entities and a heading's closing # would change what the English reads
  private static String escapeInline(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>#&])", "\\\\$1");
  }

  // a paragraph opening with "-", "#", ">" or "1." would otherwise become a list, heading or quote
  private static String escapeLineStart(String text) {
    if (text.matches("(?s)[#>*+-].*")) return "\\" + text;
    if (text.matches("(?s)\\d+[.)].*")) return text.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    return text;
  }
}

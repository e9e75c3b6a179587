package org.tarjama.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.tarjama.model.Removal;

/**
 * A saved news page read into an article: the headline and the body's paragraphs are kept; scripts, styles,
 * navigation, headers, footers, asides, share widgets, comments, cookie banners and related links are dropped,
 * each with its reason, and so is whatever lies outside the article element.
 */
final class HtmlPage {

  /** Elements dropped by tag, with the reason recorded. */
  private static final Map<String, String> DROPPED_TAGS = Map.ofEntries(
      Map.entry("script", "script"), Map.entry("style", "style sheet"), Map.entry("noscript", "script fallback"),
      Map.entry("template", "template"), Map.entry("iframe", "embedded frame"), Map.entry("svg", "image"),
      Map.entry("form", "form"), Map.entry("button", "button"), Map.entry("nav", "navigation"),
      Map.entry("header", "page header"), Map.entry("footer", "page footer"), Map.entry("aside", "aside"),
      Map.entry("figure", "figure"));

  /** Class, id or role words that mark page furniture, checked in this order; the first match names the reason. */
  private static final List<Map.Entry<Pattern, String>> DROPPED_MARKS = List.of(
      mark("cookie|consent|gdpr", "cookie banner"),
      mark("share|social|sharing", "share widget"),
      mark("comment|disqus", "comments"),
      mark("related|recommend|read-?more|more-?news|also-?read|most-?read|trending", "related links"),
      mark("advert|\\bads?\\b|sponsor|promo", "advertisement"),
      mark("newsletter|subscribe|signup", "newsletter box"),
      mark("breadcrumb|menu|navbar|\\bnav\\b|navigation|banner|contentinfo|complementary", "navigation"),
      mark("tags|byline|author|meta-?data|dateline", "article furniture"));

  private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
      "(?is)\\A\\s*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<!--)");
  private static final Pattern HTML_CLOSING_TAG = Pattern.compile("(?i)</(p|div|span|a|body|script|li|h[1-6])>");
  private static final int SNIPPET = 200;
  private static final String PARAGRAPHS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

  private HtmlPage() {
  }

  private static Map.Entry<Pattern, String> mark(String words, String reason) {
    return Map.entry(Pattern.compile(words, Pattern.CASE_INSENSITIVE), reason);
  }

  /** Whether {@code text} is an HTML page rather than plain text (a doctype, or markup all through it). */
  static boolean looksLikeHtml(String text) {
    // both patterns need a '<'; most articles have none, and are answered without a regex
    int bracket = text.indexOf('<');
    if (bracket < 0 || bracket >= 65_536) return false;
    String head = text.length() > 65_536 ? text.substring(0, 65_536) : text;
    if (LOOKS_LIKE_HTML.matcher(head).find()) return true;
    return HTML_CLOSING_TAG.matcher(head).results().limit(3).count() >= 3;
  }

  static SourceArticle read(String id, String source, DecodedText decoded, List<Removal> notes) {
    Document page = Jsoup.parse(decoded.text());
    List<Removal> dropped = new ArrayList<>(notes);
    Map<String, String> metadata = metadata(page);
    Element headline = headline(page);
    String title = headline != null ? headline.text().strip() : fallbackTitle(page);
    if (headline != null) headline.remove();  // kept as the title, so not reported inside a dropped header
    dropComments(page, dropped);
    for (Element element : page.head().select("script, style, noscript, template")) drop(element, dropReason(element), dropped);
    for (Element element : new ArrayList<>(page.body().getAllElements())) {
      if (element == page.body() || element.ownerDocument() == null) continue;  // body, or inside a dropped element
      String reason = dropReason(element);
      if (reason != null) {
        drop(element, reason, dropped);
      }
    }
    Element body = articleBody(page);
    dropOutside(body, page.body(), dropped);
    StringBuilder text = new StringBuilder(title);
    Element previous = null;
    List<Block> blocks = new ArrayList<>();
    StringBuilder loose = new StringBuilder();
    blocks(body, blocks, loose);
    flush(loose, blocks);
    for (Block block : blocks) {
      String paragraph = block.text();
      Element element = block.element();
      // one paragraph a line, a blank line between them, but a list's items on consecutive lines as a scrape has them
      boolean sameList = previous != null && element != null && element.is("li") && previous.is("li")
          && previous.parent() == element.parent();
      if (!text.isEmpty()) text.append(sameList ? "\n" : "\n\n");
      text.append(paragraph);
      previous = element;
    }
    return new SourceArticle(id, source, decoded.encoding(), text.toString(), metadata, dropped, decoded.repairs());
  }

  /** A paragraph of the story: a paragraph element's text, or loose text between line breaks (no element). */
  private record Block(String text, @Nullable Element element) {
  }

  /**
   * The story's paragraphs in page order: paragraph elements (p, headings, list items, quotes), and text standing
   * outside them, which a page built of {@code <div>}s and {@code <br>}s holds, cut at each break and block.
   */
  private static void blocks(Element parent, List<Block> blocks, StringBuilder loose) {
    for (Node node : parent.childNodes()) {
      if (node instanceof TextNode textNode) {
        loose.append(textNode.text());
      } else if (node instanceof Element element) {
        if (element.is(PARAGRAPHS) && element.select("p, li").stream().allMatch(inner -> inner == element)) {
          flush(loose, blocks);
          String paragraph = element.text().strip();
          if (!paragraph.isEmpty()) blocks.add(new Block(paragraph, element));
        } else if (element.is("br") || element.isBlock()) {
          flush(loose, blocks);
          blocks(element, blocks, loose);
          flush(loose, blocks);
        } else {
          blocks(element, blocks, loose);  // inline markup (b, a, span) inside a run of text
        }
      }
    }
  }

  private static void flush(StringBuilder loose, List<Block> blocks) {
    String paragraph = loose.toString().strip().replaceAll("\\s+", " ");
    loose.setLength(0);
    if (!paragraph.isEmpty()) blocks.add(new Block(paragraph, null));
  }

  private static @Nullable String dropReason(Element element) {
    String tag = element.normalName();
    if (DROPPED_TAGS.containsKey(tag)) return DROPPED_TAGS.get(tag) + " <" + tag + ">";
    if (element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")) return "hidden element <" + tag + ">";
    String marks = (element.className() + " " + element.id() + " " + element.attr("role")).toLowerCase(Locale.ROOT);
    if (marks.isBlank()) return null;
    for (Map.Entry<Pattern, String> mark : DROPPED_MARKS) {
      if (mark.getKey().matcher(marks).find()) return mark.getValue() + " <" + tag + " " + describe(element) + ">";
    }
    return null;
  }

  private static String describe(Element element) {
    if (!element.id().isEmpty()) return "id=\"" + element.id() + "\"";
    if (!element.className().isEmpty()) return "class=\"" + element.className() + "\"";
    return "role=\"" + element.attr("role") + "\"";
  }

  private static void drop(Element element, String reason, List<Removal> dropped) {
    dropped.add(new Removal(0, snippet(element.is("script, style") ? element.data() : element.text()), "html: " + reason));
    element.remove();
  }

  private static void dropComments(Node node, List<Removal> dropped) {
    for (Node child : new ArrayList<>(node.childNodes())) {
      if (child instanceof Comment comment) {
        dropped.add(new Removal(0, snippet(comment.getData()), "html: comment <!-- -->"));
        comment.remove();
      } else {
        dropComments(child, dropped);
      }
    }
  }

  /** The element holding the story: the page's article, else its main part, else the body. */
  private static Element articleBody(Document page) {
    for (String query : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
      Element found = page.body().selectFirst(query);
      if (found != null) return found;
    }
    return page.body();
  }

  /** Records the text of everything beside the path from the body down to the article element. */
  private static void dropOutside(Element article, Element body, List<Removal> dropped) {
    for (Element inner = article; inner != body && inner.parent() != null; inner = inner.parent()) {
      for (Element sibling : inner.siblingElements()) {
        if (!sibling.text().isBlank()) {
          dropped.add(new Removal(0, snippet(sibling.text()), "html: outside the article <" + sibling.normalName() + ">"));
        }
      }
    }
  }

  /** The headline element: the article's h1, else the page's first. */
  private static @Nullable Element headline(Document page) {
    Element h1 = articleBody(page).selectFirst("h1");
    if (h1 == null) h1 = page.body().selectFirst("h1");
    return h1 != null && !h1.text().isBlank() ? h1 : null;
  }

  /** A page without an h1: og:title, else the page title. */
  private static String fallbackTitle(Document page) {
    Element og = page.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) return og.attr("content").strip();
    return page.title().strip();
  }

  private static Map<String, String> metadata(Document page) {
    Map<String, String> metadata = new LinkedHashMap<>();
    put(metadata, "url", page.selectFirst("link[rel=canonical]"), "href");
    if (!metadata.containsKey("url")) put(metadata, "url", page.selectFirst("meta[property=og:url]"), "content");
    put(metadata, "date", page.selectFirst("meta[property=article:published_time]"), "content");
    if (!metadata.containsKey("date")) put(metadata, "date", page.selectFirst("time[datetime]"), "datetime");
    put(metadata, "source", page.selectFirst("meta[property=og:site_name]"), "content");
    return metadata;
  }

  private static void put(Map<String, String> metadata, String key, @Nullable Element element, String attribute) {
    if (element != null && !element.attr(attribute).isBlank()) metadata.put(key, element.attr(attribute).strip());
  }

  private static String snippet(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET) + "…";
  }
}

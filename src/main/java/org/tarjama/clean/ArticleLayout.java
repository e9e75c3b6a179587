package org.tarjama.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that need the whole article: lists of other stories under a heading, the page title and the site
 * header, lines repeated within the article, and the short lines above and below the article body (section
 * tags, bylines, the site's name).
 */
final class ArticleLayout {

  private static final Pattern TITLE_SEPARATOR = Pattern.compile(" (?:[–—|»«]|-|::) ");
  private static final Pattern SITE_WORD = Pattern.compile(
      "موقع|قناة|صحيفة|جريدة|وكالة|شبكة|بوابة|تلفزيون|إذاعة|راديو|مجلة|news|\\.com|\\.net|\\.org",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE_MARK = Pattern.compile(
      "(?:بقلم|كتب|كتبت|إعداد|اعداد|تقرير|تحرير|مراسل|مراسلة|by|written by|reporting by)\\b\\s*:?.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final int LONGEST_LIST_ITEM = 25;
  private static final int LONGEST_HEADER_LINE = 6;
  private static final int LONGEST_BYLINE = 5;
  private static final int LONGEST_SIGNATURE = 3;

  private ArticleLayout() {
  }

  static void apply(List<ArticleLine> lines) {
    relatedLists(lines);
    pageTitle(lines);
    repeats(lines);
    zones(lines);
  }

  /** A heading such as «المزيد» followed, up to a blank line, by at least two headlines of other stories. */
  private static void relatedLists(List<ArticleLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      ArticleLine heading = lines.get(i);
      if (heading.phrase == null || heading.phrase.how() != BoilerplatePhrases.How.LIST) continue;
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).blank() && headlineLike(lines.get(end))) end++;
      String name = "«" + heading.phrase.phrase() + "»";
      if (end - i - 1 < 2) {
        if (end > i + 1) lines.get(i + 1).flag("follows the list heading " + name + " but is alone; kept");
        continue;
      }
      for (int k = i + 1; k < end; k++) {
        lines.get(k).remove(RemovalKind.RELATED.reason("headline of another story, listed under " + name
            + " (line " + heading.number + ")"));
      }
      i = end - 1;
    }
  }

  private static boolean headlineLike(ArticleLine line) {
    return !line.endsLikeSentence() && line.words() <= LONGEST_LIST_ITEM;
  }

  /**
   * A line that is another line (the headline) plus a site name after a dash or bar is the page title; lines
   * between it and the headline are the site's header, and a line holding only part of the site name is the
   * site's name. Without a headline to match, a first line ending in a site name loses that ending only.
   */
  private static void pageTitle(List<ArticleLine> lines) {
    Map<String, ArticleLine> byKey = new HashMap<>();
    for (ArticleLine line : lines) if (line.kept()) byKey.putIfAbsent(line.key(), line);
    ArticleLine first = lines.stream().filter(ArticleLine::kept).findFirst().orElse(null);
    for (ArticleLine title : lines) {
      if (!title.kept() || !title.maySeparateTitle()) continue;
      Matcher sep = TITLE_SEPARATOR.matcher(title.text);
      while (sep.find()) {
        String headline = title.text.substring(0, sep.start());
        String site = title.text.substring(sep.end());
        ArticleLine match = byKey.get(LineKey.bare(headline));
        if (match != null && match != title && match.kept()) {
          title.remove(RemovalKind.PAGE_TITLE.reason("the headline (line " + match.number
              + ") followed by the site name «" + site + "»"));
          siteHeader(lines, title, match, site);
          return;
        }
        if (title == first && SITE_WORD.matcher(site).find() && LineKey.words(headline) >= 3) {
          title.cut(sep.start(), title.text.length(),
              RemovalKind.PAGE_TITLE.reason("the site name after the headline in the page title"));
          return;
        }
      }
    }
  }

  private static void siteHeader(List<ArticleLine> lines, ArticleLine title, ArticleLine headline, String site) {
    String siteKey = LineKey.bare(site);
    for (ArticleLine line : lines) {
      if (!line.kept()) continue;
      boolean between = line.number > title.number && line.number < headline.number;
      if (between && line.words() <= LONGEST_HEADER_LINE && !line.sentenceLike()) {
        line.remove(RemovalKind.SITE_HEADER.reason("between the page title (line " + title.number
            + ") and the headline (line " + headline.number + ")"));
      } else if (line.words() <= LONGEST_HEADER_LINE && siteKey.contains(line.key())) {
        line.remove(RemovalKind.SITE_NAME.reason("part of the site name in the page title (line "
            + title.number + ")"));
      }
    }
  }

  /** A line said twice in one article (the headline above and inside the body) is kept once. */
  private static void repeats(List<ArticleLine> lines) {
    Map<String, Integer> first = new HashMap<>();
    for (ArticleLine line : lines) {
      if (!line.kept()) continue;
      Integer earlier = first.putIfAbsent(line.key(), line.number);
      if (earlier != null) line.remove(RemovalKind.REPEAT.reason("repeats line " + earlier));
    }
  }

  /**
   * The body runs from the first to the last line of running text. Above it, after the headline: section
   * tags, bylines, and a short name line right before the body; below it: bylines and a short signature.
   * Other short lines there are kept and flagged.
   */
  private static void zones(List<ArticleLine> lines) {
    List<ArticleLine> kept = lines.stream().filter(ArticleLine::kept).toList();
    int firstBody = -1;
    int lastBody = -1;
    for (int i = 0; i < kept.size(); i++) {
      if (kept.get(i).sentenceLike()) {
        if (firstBody < 0) firstBody = i;
        lastBody = i;
      }
    }
    if (firstBody < 0) return;
    boolean headline = false;
    for (int i = 0; i < firstBody; i++) {
      ArticleLine line = kept.get(i);
      if (byline(line)) {
        line.remove(RemovalKind.BYLINE.reason("the author's line above the article"));
      } else if (!headline) {
        headline = true; // the first other line is the headline and always stays
      } else if (line.words() <= LONGEST_HEADER_LINE && TITLE_SEPARATOR.matcher(line.text).find()) {
        line.remove(RemovalKind.SECTION.reason("site and section tag above the article"));
      } else if (i == firstBody - 1 && nameLike(line)) {
        line.remove(RemovalKind.BYLINE.reason("a short name right above the article body"));
      } else {
        line.flag("short line between the headline and the body (subtitle or caption); kept");
      }
    }
    for (int i = lastBody + 1; i < kept.size(); i++) {
      ArticleLine line = kept.get(i);
      if (byline(line)) {
        line.remove(RemovalKind.BYLINE.reason("the author's line below the article"));
      } else if (line.words() <= LONGEST_SIGNATURE && !line.endsLikeSentence() && !hasDigit(line.text)) {
        line.remove(RemovalKind.SITE_NAME.reason("a short line after the article body (site name or signature)"));
      } else {
        line.flag("line after the article body; kept");
      }
    }
  }

  private static boolean byline(ArticleLine line) {
    return line.words() <= LONGEST_BYLINE && BYLINE_MARK.matcher(line.text).matches();
  }

  /** Two or three words of letters only: how a byline looks, and rarely a subtitle. */
  private static boolean nameLike(ArticleLine line) {
    int words = line.words();
    if (words < 2 || words > 3) return false;
    for (int i = 0; i < line.text.length(); i++) {
      char c = line.text.charAt(i);
      if (c != ' ' && !Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) return false;
    }
    return true;
  }

  private static boolean hasDigit(String text) {
    return text.chars().anyMatch(Character::isDigit);
  }
}

package org.tarjama.clean;

import java.util.Locale;

/** Why a line or fragment was removed: the first word of every removal reason ({@code "time: 18:57 …"}). */
public enum RemovalKind {
  /** Menus, breadcrumbs, "Exit mobile version". */
  NAVIGATION,
  /** A list of other stories' headlines, and its heading (المزيد، اقرأ أيضا). */
  RELATED,
  /** Share, follow, subscribe, print and font-size controls. */
  SHARE,
  /** A clock time alone on a line. */
  TIME,
  /** A date alone on a line. */
  DATE,
  /** A view or comment count. */
  COUNT,
  /** A bare URL, e-mail address or social handle. */
  LINK,
  /** A photo or file name, alone or glued to the text. */
  FILE_NAME,
  /** A caption or credit (المصدر:، تصوير:، رويترز). */
  CREDIT,
  /** A copyright line. */
  COPYRIGHT,
  /** The page title: the headline with the site name after it. */
  PAGE_TITLE,
  /** Site header lines between the page title and the headline. */
  SITE_HEADER,
  /** The site's name on a line of its own. */
  SITE_NAME,
  /** A site and section tag above the article (مرصد مينا – إيران). */
  SECTION,
  /** The author's name. */
  BYLINE,
  /** A line that repeats an earlier line of the same article. */
  REPEAT,
  /** A line found in many articles of the batch: the site's template. */
  TEMPLATE;

  /** The reason written with a removal: this kind's label, a colon and what was seen. */
  public String reason(String detail) {
    return label() + ": " + detail;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind a reason written by {@link #reason} starts with. */
  public static RemovalKind of(String reason) {
    int colon = reason.indexOf(':');
    String label = colon < 0 ? reason : reason.substring(0, colon);
    for (RemovalKind kind : values()) if (kind.label().equals(label)) return kind;
    throw new IllegalArgumentException("not a cleaner removal reason: " + reason);
  }
}

package org.tarjama.export;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A form of the English articles written into {@code en/}: plain text, Markdown. */
public enum EnglishFormat {
  TXT("txt"),
  MD("md");

  private final String extension;

  EnglishFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** Parses a comma-separated list such as {@code txt,md}; an unknown name is an error naming the known ones. */
  public static Set<EnglishFormat> parseList(String list) {
    Set<EnglishFormat> formats = EnumSet.noneOf(EnglishFormat.class);
    for (String name : list.split(",")) {
      String wanted = name.strip().toLowerCase(Locale.ROOT);
      if (wanted.isEmpty()) continue;
      formats.add(Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown English article format '" + name.strip()
              + "'; use txt, md or txt,md")));
    }
    if (formats.isEmpty()) throw new IllegalArgumentException("no English article format given; use txt, md or txt,md");
    return formats;
  }

  String render(EnglishArticle article) {
    return this == MD ? article.markdown() : article.text();
  }
}

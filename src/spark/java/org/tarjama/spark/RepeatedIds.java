package org.tarjama.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.tarjama.io.SeenIds;
import org.tarjama.io.SourceArticle;
import scala.Tuple2;

/**
 * Ids for JSONL records that share one across files, as the command line gives them ({@link SeenIds}): in input
 * order (file, then line) the first keeps it and the next get {@code id-2}, {@code id-3}, … skipping any name already
 * taken, ignoring case as it does. So that one task sees every record involved, an id that reads like such a name
 * ({@code x-2} beside a repeated {@code x}) is partitioned with the repeated id, and so is an earlier output's pair
 * of a renamed article.
 */
final class RepeatedIds implements Serializable {

  /** The repeated ids, in lower case. */
  private final Set<String> repeated;

  private RepeatedIds(Set<String> repeated) {
    this.repeated = repeated;
  }

  /** For inputs whose ids are unique already (one article a file, named as the command line names it). */
  static RepeatedIds none() {
    return new RepeatedIds(Set.of());
  }

  /** The ids more than one record of {@code texts} holds (one pass over the ids; only the repeated ones collected). */
  static RepeatedIds of(JavaRDD<SourceArticle> texts) {
    return new RepeatedIds(new HashSet<>(texts.mapToPair(t -> new Tuple2<>(lower(t.id()), 1))
        .reduceByKey(Integer::sum).filter(c -> c._2() > 1).keys().collect()));
  }

  /** The key {@code id} is partitioned by: the shortest repeated id it renames ({@code id-N-M…}), else itself. */
  String key(String id) {
    if (repeated.isEmpty()) return id;
    String rest = lower(id);
    String key = repeated.contains(rest) ? rest : null;
    while (true) {
      int dash = rest.lastIndexOf('-');
      boolean numbered = dash > 0 && dash < rest.length() - 1
          && rest.substring(dash + 1).chars().allMatch(Character::isDigit);
      if (!numbered) break;
      rest = rest.substring(0, dash);
      if (repeated.contains(rest)) key = rest;
    }
    return key == null ? id : key;
  }

  /** One partition's articles with unique ids, in input order. */
  List<SourceArticle> unique(List<SourceArticle> partition) {
    List<SourceArticle> ordered = new ArrayList<>(partition);
    ordered.sort(Comparator.comparing((SourceArticle a) -> file(a.source())).thenComparingLong(a -> line(a.source())));
    SeenIds seen = new SeenIds();
    List<SourceArticle> named = new ArrayList<>(ordered.size());
    for (SourceArticle a : ordered) {
      String id = seen.unique(a.id());
      named.add(id.equals(a.id()) ? a
          : new SourceArticle(id, a.source(), a.encoding(), a.text(), a.metadata(), a.dropped(), a.repairs()));
    }
    return named;
  }

  private static String lower(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** A record's source is {@code FILE:LINE}; a text or HTML file's is the file alone. */
  private static String file(String source) {
    int colon = source.lastIndexOf(':');
    return colon > 0 && line(source) > 0 ? source.substring(0, colon) : source;
  }

  private static long line(String source) {
    int colon = source.lastIndexOf(':');
    if (colon < 0 || colon == source.length() - 1) return 0;
    String digits = source.substring(colon + 1);
    return digits.length() < 18 && digits.chars().allMatch(Character::isDigit) ? Long.parseLong(digits) : 0;
  }
}

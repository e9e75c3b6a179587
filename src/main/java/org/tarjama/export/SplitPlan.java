package org.tarjama.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which part each document goes to. Documents (sorted by id) are shuffled with the seed, then laid end to end by
 * their kept pairs; a document goes to the part in whose share its middle pair falls. Whole documents only, so
 * no article is split across parts; the same documents and seed always give the same plan.
 */
public final class SplitPlan {

  private final Map<String, String> partOf;
  private final Map<String, List<String>> documents;

  private SplitPlan(Map<String, String> partOf, Map<String, List<String>> documents) {
    this.partOf = partOf;
    this.documents = documents;
  }

  /** A plan for documents with their kept pair counts. */
  public static SplitPlan of(SplitSpec spec, Map<String, Integer> pairsPerDocument, long seed) {
    List<String> docs = new ArrayList<>(pairsPerDocument.keySet());
    Collections.sort(docs);
    shuffle(docs, new Random(seed));
    long total = pairsPerDocument.values().stream().mapToLong(Integer::longValue).sum();
    List<String> names = spec.names();
    double[] bounds = new double[names.size()];
    double cumulative = 0;
    for (int i = 0; i < names.size(); i++) {
      cumulative += spec.shares().get(names.get(i));
      bounds[i] = cumulative;
    }
    bounds[bounds.length - 1] = Double.POSITIVE_INFINITY;
    Map<String, String> partOf = new HashMap<>();
    Map<String, List<String>> documents = new LinkedHashMap<>();
    names.forEach(n -> documents.put(n, new ArrayList<>()));
    long before = 0;
    for (String doc : docs) {
      int pairs = pairsPerDocument.get(doc);
      double middle = total == 0 ? 0 : (before + pairs / 2.0) / total;
      int part = 0;
      while (middle >= bounds[part]) part++;
      partOf.put(doc, names.get(part));
      documents.get(names.get(part)).add(doc);
      before += pairs;
    }
    documents.values().forEach(Collections::sort);
    return new SplitPlan(partOf, documents);
  }

  /** Fisher–Yates with {@link Random}, whose sequence the Java specification fixes, so plans never change. */
  private static void shuffle(List<String> list, Random random) {
    for (int i = list.size() - 1; i > 0; i--) Collections.swap(list, i, random.nextInt(i + 1));
  }

  public String partOf(String doc) {
    String part = partOf.get(doc);
    if (part == null) throw new IllegalArgumentException("document " + doc + " is not in the split plan");
    return part;
  }

  /** The documents of each part, sorted, parts in the order given. */
  public Map<String, List<String>> documents() {
    return Collections.unmodifiableMap(documents);
  }
}

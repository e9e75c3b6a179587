package org.tarjama.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tarjama.export.DedupKey;
import org.tarjama.export.PairJson;
import org.tarjama.model.Pair;
import org.tarjama.model.SegmentId;
import scala.Tuple2;

/**
 * The duplicates among ok pairs, as {@code tarjama export --dedup} finds them: exact (same {@link DedupKey}, grouped
 * across the cluster) and near (word-pair Jaccard similarity at or above the threshold with a kept pair of another
 * document; candidates from MLlib's {@link MinHashLSH}, whose Jaccard distance is 1 − similarity). The first pair in
 * segment-id order is kept; each later one is excluded naming it.
 */
final class Duplicates {

  /** A duplicate: its id, the kept pair it repeats and why. */
  record Excluded(String id, String duplicateOf, String reason) implements Serializable {
  }

  /** One ok pair's id and dedup key. */
  private record Keyed(String id, String doc, String key) implements Serializable {
  }

  private static final int FEATURES = 1 << 30;
  /** 20 one-hash tables: a pair at similarity 0.35 becomes a candidate with probability 1 − 0.65^20 = 0.9998. */
  private static final int TABLES = 20;

  private Duplicates() {
  }

  static List<Excluded> find(SparkSession spark, JavaRDD<String> pairLines, JobOptions.Dedup mode, double threshold) {
    if (mode == JobOptions.Dedup.NONE) return List.of();
    JavaRDD<Keyed> keyed = pairLines.map(PairJson::parseLine).filter(Pair::isOk)
        .map(p -> new Keyed(p.id().toString(), p.id().doc(), DedupKey.of(p.ar()))).filter(k -> !k.key().isEmpty());
    // exact: one group per key, the first id kept
    JavaRDD<List<String>> groups = keyed.mapToPair(k -> new Tuple2<>(k.key(), k.id())).groupByKey()
        .map(g -> {
          List<String> ids = new ArrayList<>();
          g._2().forEach(ids::add);
          ids.sort(Comparator.comparing(SegmentId::parse));
          return ids;
        });
    List<Excluded> excluded = new ArrayList<>();
    for (List<String> group : groups.filter(g -> g.size() > 1).collect()) {
      for (String id : group.subList(1, group.size())) excluded.add(new Excluded(id, group.get(0), "duplicate of " + group.get(0)));
    }
    if (mode == JobOptions.Dedup.NEAR) {
      Set<String> exactDuplicates = new HashSet<>();
      excluded.forEach(e -> exactDuplicates.add(e.id()));
      excluded.addAll(near(spark, keyed.filter(k -> !exactDuplicates.contains(k.id())), threshold));
    }
    excluded.sort(Comparator.comparing(e -> SegmentId.parse(e.id())));
    return excluded;
  }

  /** Near duplicates among exact-kept pairs: candidate edges from MinHashLSH, then export's greedy rule in id order. */
  private static List<Excluded> near(SparkSession spark, JavaRDD<Keyed> kept, double threshold) {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("doc", DataTypes.StringType)
        .add("features", SQLDataTypes.VectorType());
    JavaRDD<Row> rows = kept.map(k -> Map.entry(k, DedupKey.wordPairs(k.key())))
        .filter(e -> e.getValue().length >= DedupKey.MIN_WORD_PAIRS)
        .map(e -> {
          int[] indices = indices(e.getValue());
          return RowFactory.create(e.getKey().id(), e.getKey().doc(), Vectors.sparse(FEATURES, indices, ones(indices.length)));
        });
    Dataset<Row> vectors = spark.createDataFrame(rows, schema).cache();
    if (vectors.isEmpty()) {
      // no pair long enough to compare (MinHashLSH cannot even be fitted on no rows)
      vectors.unpersist();
      return List.of();
    }
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(TABLES).setSeed(0x7A72_6A61L)
        .setInputCol("features").setOutputCol("hashes").fit(vectors);
    // Spark keeps distances strictly below its threshold; the export keeps similarities at or above its own
    List<Row> edges = model.approxSimilarityJoin(vectors, vectors, 1 - threshold + 1e-9, "distance")
        .where("datasetA.doc <> datasetB.doc")
        .selectExpr("datasetA.id AS a", "datasetB.id AS b", "distance").collectAsList();
    vectors.unpersist();
    Map<SegmentId, Map<String, Double>> earlier = new TreeMap<>();
    for (Row edge : edges) {
      SegmentId a = SegmentId.parse(edge.getString(0));
      SegmentId b = SegmentId.parse(edge.getString(1));
      if (a.compareTo(b) >= 0) continue;
      earlier.computeIfAbsent(b, x -> new HashMap<>()).put(a.toString(), 1 - edge.getDouble(2));
    }
    Set<String> excludedIds = new HashSet<>();
    List<Excluded> excluded = new ArrayList<>();
    for (Map.Entry<SegmentId, Map<String, Double>> later : earlier.entrySet()) {
      // as the export: only a pair still kept can have later pairs as its near-duplicates
      Map.Entry<String, Double> best = later.getValue().entrySet().stream().filter(e -> !excludedIds.contains(e.getKey()))
          .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .orElse(null);
      if (best == null) continue;
      excludedIds.add(later.getKey().toString());
      excluded.add(new Excluded(later.getKey().toString(), best.getKey(),
          String.format(Locale.ROOT, "near-duplicate of %s (jaccard %.3f)", best.getKey(), best.getValue())));
    }
    return excluded;
  }

  private static int[] indices(long[] wordPairs) {
    return Arrays.stream(wordPairs).mapToInt(h -> (int) Math.floorMod(h, (long) FEATURES)).sorted().distinct().toArray();
  }

  private static double[] ones(int n) {
    double[] values = new double[n];
    Arrays.fill(values, 1);
    return values;
  }
}

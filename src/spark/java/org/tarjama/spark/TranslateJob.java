package org.tarjama.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.tarjama.clean.BatchTemplate;
import org.tarjama.export.PairJson;
import org.tarjama.export.RunFolderSource;
import org.tarjama.io.InputOptions;
import org.tarjama.io.SourceArticle;
import org.tarjama.translate.BackendDescriptor;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.Backends;
import org.tarjama.translate.engine.BackendTerms;
import org.tarjama.translate.engine.TermsOverride;
import scala.Tuple2;

/**
 * {@code tarjama translate} as a Spark job: read (text, JSONL or HTML, by the CLI's own readers) → clean → segment in parallel (the batch template from a distributed
 * count of recurring lines), translate each partition through the same backends and engine, align → check, and
 * write {@code OUT/pairs} as JSONL part files ({@code tarjama export OUT} reads them). A rerun translates only the
 * segments without an ok pair in {@code OUT/pairs}; with dedup it lists duplicates in {@code OUT/duplicates}.
 */
public final class TranslateJob {

  static final String NEXT = "pairs.next";
  static final String PREVIOUS = "pairs.previous";
  static final String DUPLICATES = "duplicates";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long ARTICLES_PER_PARTITION = 1000;
  /** A task reads at most about this many bytes of input when the job chooses the partitions. */
  private static final long BYTES_PER_PARTITION = 64L << 20;

  /** What a run did. */
  public record Report(long articles, long pairs, long ok, long failed, List<String> skipped, long duplicates) {
  }

  private TranslateJob() {
  }

  public static void main(String[] args) throws IOException {
    JobOptions options;
    try {
      options = JobArgs.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("tarjama-spark: " + e.getMessage());
      System.err.println(JobArgs.USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("tarjama translate").getOrCreate();
    try {
      Report report = run(spark, options);
      report.skipped().forEach(s -> System.err.println("tarjama-spark: skipped " + s));
      if (report.articles() == 0) {
        System.err.println("tarjama-spark: no article to write (" + report.skipped().size() + " inputs skipped);"
            + " nothing written to " + options.out());
        spark.stop();
        System.exit(1);
      }
      System.out.printf(Locale.ROOT, "tarjama-spark: %d articles, %d pairs (%d ok, %d failed), %d skipped, %d duplicates;"
          + " wrote %s%n", report.articles(), report.pairs(), report.ok(), report.failed(), report.skipped().size(),
          report.duplicates(), options.out());
      spark.stop();
      System.exit(report.failed() > 0 ? 1 : 0);
    } catch (IOException e) {
      // a missing input or an unwritable output: the message names the path
      System.err.println("tarjama-spark: " + e.getMessage());
      spark.stop();
      System.exit(3);
    } catch (IllegalArgumentException e) {
      // an input path Hadoop cannot parse, an unknown backend: the message says which
      System.err.println("tarjama-spark: " + e.getMessage());
      spark.stop();
      System.exit(2);
    } catch (RuntimeException e) {
      spark.stop();
      throw e;
    }
  }

  public static Report run(SparkSession spark, JobOptions options) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    hadoop.set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    Path out = outPath(options.out());
    FileSystem fs = out.getFileSystem(hadoop);
    boolean fresh = !fs.exists(out);
    Report report;
    // the lock first: a refused job reads nothing, and two jobs never delete each other's pairs.next
    try (JobLock lock = JobLock.acquire(fs, out, "tarjama-spark " + String.join(" ", options.inputs()) + " --out "
        + options.out())) {
      report = write(spark, jsc, hadoop, options, fs, out);
    }
    if (report.articles() == 0 && fresh && fs.listStatus(out).length == 0) fs.delete(out, false);
    return report;
  }

  private static Report write(SparkSession spark, JavaSparkContext jsc, Configuration hadoop, JobOptions options,
                              FileSystem fs, Path out) throws IOException {
    Path pairs = new Path(out, RunFolderSource.SPARK_PAIRS);
    Path previous = new Path(out, PREVIOUS);
    // a run killed between its two renames left the last complete output as pairs.previous
    if (!fs.exists(pairs) && fs.exists(previous)) fs.rename(previous, pairs);

    CollectionAccumulator<String> skipped = jsc.sc().collectionAccumulator("skipped inputs");
    InputOptions input = options.input();
    InputListing.Listing listing = InputListing.list(hadoop, options.inputs(), input);
    long bytes = listing.entries().stream().mapToLong(InputListing.Entry::size).sum();
    // files in runs of consecutive ids: with text and HTML inputs these are already the partitions to translate; a
    // task holds its partition's articles and pairs in memory: about a thousand articles or 64 MB each by default
    int slices = options.partitions() > 0 ? options.partitions()
        : (int) Math.max(jsc.defaultParallelism(), Math.max(ceil(listing.entries().size(), ARTICLES_PER_PARTITION),
            ceil(bytes, BYTES_PER_PARTITION)));
    Broadcast<SerializableConfiguration> conf = SerializableConfiguration.broadcast(jsc.sc(), hadoop);
    JavaRDD<SourceArticle> texts = jsc.parallelize(InputListing.slices(listing.entries(), slices), slices)
        .flatMap(List::iterator)
        .mapPartitions(files -> InputListing.read(files, conf.value().value(), input, skipped::add))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());

    // the batch-template pass: how many articles hold each line, counted across the cluster (map-side combined)
    long articles = texts.count();
    if (articles == 0) {
      // a typo or every input skipped: as tarjama translate, the output is left as it was
      texts.unpersist();
      TreeSet<String> allSkipped = new TreeSet<>(skipped.value());
      allSkipped.addAll(listing.skipped());
      return new Report(0, 0, 0, 0, List.copyOf(allSkipped), 0);
    }
    BatchTemplate.Rule rule = BatchTemplate.Rule.defaults();
    int least = Math.max(rule.minArticles(), (int) Math.ceil(rule.minShare() * articles));
    Map<Long, Integer> recurring = new LinkedHashMap<>(texts
        .flatMap(t -> BatchTemplate.lineHashes(t.text()).iterator())
        .mapToPair(h -> new Tuple2<>(h, 1)).reduceByKey(Integer::sum)
        .filter(c -> c._2() >= least).collectAsMap());

    // counted as the JSONL part files are written (result tasks: one attempt each is counted)
    PartitionRun.Counts counts = new PartitionRun.Counts(jsc.sc().longAccumulator("ok pairs"),
        jsc.sc().longAccumulator("failed pairs"));
    RepeatedIds repeatedIds = listing.idsKnown() ? RepeatedIds.none() : RepeatedIds.of(texts);
    PartitionRun task = new PartitionRun(options, share(options, jsc.defaultParallelism()), (int) articles,
        recurring, skipped, counts, repeatedIds);
    // ranges of ids, so the part files list articles in id order: 'tarjama export' then keeps the same first pairs
    JavaRDD<SourceArticle> laidOut;
    Partitioner ranges;
    if (listing.idsKnown()) {
      // one article a file, ids known on the driver: the slices are ranges of ids already, no shuffle of the texts
      laidOut = texts;
      ranges = IdRanges.of(InputListing.slices(listing.entries(), slices));
    } else {
      // JSONL records carry their own ids: ranges of ids sampled, the articles shuffled into them
      int partitions = options.partitions() > 0 ? options.partitions()
          : (int) Math.max(jsc.defaultParallelism(), ceil(articles, ARTICLES_PER_PARTITION));
      JavaPairRDD<String, SourceArticle> byId = texts.mapToPair(t -> new Tuple2<>(repeatedIds.key(t.id()), t));
      ranges = byId.sortByKey(true, partitions).partitioner().get();
      laidOut = byId.partitionBy(ranges).values();
    }
    // the earlier output's ok pairs meet their articles in the same ranges
    JavaPairRDD<String, String> done = fs.exists(pairs)
        ? pairLines(spark, jsc, pairs, isParquet(fs, pairs))
            .filter(line -> PairJson.parseLine(line).isOk())
            .mapToPair(line -> new Tuple2<>(repeatedIds.key(PairJson.parseLine(line).id().doc()), line))
            .partitionBy(ranges)
        : JavaPairRDD.fromJavaRDD(jsc.parallelize(List.<Tuple2<String, String>>of(), ranges.numPartitions()));
    JavaRDD<String> lines = laidOut.zipPartitions(done, task::run);

    Path next = new Path(out, NEXT);
    fs.delete(next, true);
    if (options.parquet()) {
      JavaRDD<String> kept = lines.persist(StorageLevel.MEMORY_AND_DISK());
      spark.read().json(spark.createDataset(kept.rdd(), Encoders.STRING())).write().parquet(next.toString());
      kept.unpersist();
    } else {
      lines.saveAsTextFile(next.toString());
    }
    // the new output replaces the old only once complete: a failed run leaves the last one in place
    if (fs.exists(pairs)) fs.rename(pairs, previous);
    fs.rename(next, pairs);
    fs.delete(previous, true);
    texts.unpersist();

    long ok = counts.ok().value();
    long failed = counts.failed().value();
    if (options.parquet()) {
      // the Parquet writer may compute the lines more than once (schema, then rows): count what was written
      Map<Boolean, Long> byStatus = pairLines(spark, jsc, pairs, true)
          .map(line -> PairJson.parseLine(line).isOk()).countByValue();
      ok = byStatus.getOrDefault(true, 0L);
      failed = byStatus.getOrDefault(false, 0L);
    }
    List<Duplicates.Excluded> duplicates = List.of();
    if (options.dedup() != JobOptions.Dedup.NONE) {
      JavaRDD<String> written = pairLines(spark, jsc, pairs, options.parquet()).cache();
      duplicates = Duplicates.find(spark, written, options.dedup(), options.nearThreshold());
      spark.createDataset(duplicates.stream().map(TranslateJob::json).toList(), Encoders.STRING())
          .coalesce(1).write().mode(SaveMode.Overwrite).text(new Path(out, DUPLICATES).toString());
      written.unpersist();
    }
    // a retried task reports its skipped inputs again
    TreeSet<String> allSkipped = new TreeSet<>(skipped.value());
    allSkipped.addAll(listing.skipped());
    return new Report(articles, ok + failed, ok, failed, List.copyOf(allSkipped), duplicates.size());
  }

  /**
   * The output folder, refused before any work when Spark could not write below it: Spark writes by path strings,
   * and Hadoop cannot parse one back when a folder's name holds a colon.
   */
  static Path outPath(String out) throws IOException {
    Path path = new Path(out);
    try {
      // as Hadoop's globbing does: each name of the path parsed alone
      for (String name : path.toUri().getPath().split("/")) if (!name.isEmpty()) new Path(name);
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot write below --out " + out + ": Hadoop cannot take a colon in a folder name ("
          + e.getMessage() + "); give another --out");
    }
    return path;
  }

  private static long ceil(long n, long per) {
    return (n + per - 1) / per;
  }

  /** Whether an earlier output is Parquet, whatever this run writes: a rerun may turn --parquet on or off. */
  private static boolean isParquet(FileSystem fs, Path pairs) throws IOException {
    for (FileStatus file : fs.listStatus(pairs)) if (file.getPath().getName().endsWith(".parquet")) return true;
    return false;
  }

  /** The lines of an earlier output, JSONL part files or Parquet. */
  private static JavaRDD<String> pairLines(SparkSession spark, JavaSparkContext jsc, Path pairs, boolean parquet) {
    return parquet ? spark.read().parquet(pairs.toString()).toJSON().javaRDD() : jsc.textFile(pairs.toString());
  }

  /** Each task's share of the backend's limits (the job's own, else those the backend declares, as the CLI has them). */
  static TaskShare share(JobOptions options, int slots) {
    TermsOverride override = new TermsOverride(
        options.requestsPerSecond() > 0 ? OptionalDouble.of(options.requestsPerSecond()) : OptionalDouble.empty(),
        options.charactersPerMinute() > 0 ? OptionalLong.of(options.charactersPerMinute()) : OptionalLong.empty(),
        OptionalDouble.empty());
    BackendDescriptor backend;
    try {
      backend = Backends.load().require(options.backend()).descriptor();
    } catch (BackendUnavailableException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    BackendTerms cluster = override.apply(BackendTerms.of(backend, settings(options)));
    return TaskShare.of(cluster, Math.max(1, slots));
  }

  /** The backend's settings; keys come from each executor's own environment. */
  static BackendSettings settings(JobOptions options) {
    return new BackendSettings(options.endpoint(), options.model(), options.backendOptions(), System::getenv);
  }

  private static String json(Duplicates.Excluded e) {
    return JSON.createObjectNode().put("id", e.id()).put("duplicate_of", e.duplicateOf()).put("reason", e.reason()).toString();
  }
}

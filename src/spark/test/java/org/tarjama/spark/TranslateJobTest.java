package org.tarjama.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.e2e.FakeLibreServer;
import org.tarjama.e2e.FakeLibreServer.Fault;
import org.tarjama.e2e.SyntheticArticles;
import org.tarjama.export.CorpusExport;
import org.tarjama.export.ExportOptions;
import org.tarjama.export.PairJson;
import org.tarjama.io.InputOptions;
import org.tarjama.export.RunFolderSource;
import org.tarjama.model.Pair;
import org.tarjama.pipeline.RunReport;

/** The Spark job in local mode (two cores, four attempts per task) against a loopback LibreTranslate server. */
class TranslateJobTest {

  private static final Path SEEDS = Path.of("seeds");

  @TempDir
  static Path dir;
  static SparkSession spark;
  static FakeLibreServer server;
  static Path thousand;
  static Path cliSeeds;
  static Path cliThousand;
  static Path quoted;
  static Path cliQuoted;

  @BeforeAll
  static void startSparkAndRunTheCommandLine() throws IOException {
    spark = LocalRuns.spark("local[2,4]", "tarjama test").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    server = FakeLibreServer.start(Duration.ZERO, 0, n -> Fault.NONE, false);
    thousand = dir.resolve("thousand");
    SyntheticArticles.fromSeeds(SEEDS).write(thousand, 1000, 4);
    cliSeeds = cli(SEEDS, dir.resolve("cli-seeds"));
    cliThousand = cli(thousand, dir.resolve("cli-thousand"));
    quoted = quotingSeeds(dir.resolve("quoted"));
    cliQuoted = cli(quoted, dir.resolve("cli-quoted"));
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
    if (server != null) server.close();
  }

  @Test
  void jobWritesTheCommandLinesPairsOnTheSeedsAndOnAThousandArticles() throws IOException {
    Path seedsOut = dir.resolve("job-seeds");
    TranslateJob.Report seeds = TranslateJob.run(spark, options(SEEDS, seedsOut, server));
    assertEquals(lines(cliSeeds), lines(seedsOut));
    assertEquals(5, seeds.articles());

    Path thousandOut = dir.resolve("job-thousand");
    TranslateJob.Report report = TranslateJob.run(spark, options(thousand, thousandOut, server).withPartitions(6));
    List<String> expected = lines(cliThousand);
    assertEquals(expected, lines(thousandOut));
    assertEquals(expected.size(), report.ok());
    // tarjama export reads the part files as it reads a run folder
    assertEquals(expected.size(), new CorpusExport(ExportOptions.builder(dir.resolve("export-thousand")).build())
        .run(new RunFolderSource(thousandOut)).pairs());
  }

  @Test
  void jsonlAndHtmlSeedsGiveTheCommandLinesPairsAndItsSkippedLines() throws IOException {
    for (Path input : List.of(Path.of("src/test/resources/input/jsonl/seeds.jsonl"), Path.of("src/test/resources/input/html"))) {
      String name = input.getFileName().toString();
      Path cliOut = dir.resolve("cli-" + name);
      RunReport cli = cliRun(input, cliOut);
      List<String> expected = lines(cliOut);
      assertTrue(expected.size() > 50, name + " gives the seeds' pairs");
      Path out = dir.resolve("job-" + name);
      TranslateJob.Report job = TranslateJob.run(spark, options(input, out, server));
      assertEquals(expected, lines(out), name);
      assertEquals(cli.counts().articles(), job.articles(), name);
      // the JSONL seeds hold a record cut short and one without text: both named by file and line, as the CLI does
      assertEquals(cli.skipped().stream().map(s -> fileName(s.source()) + ": " + s.reason()).toList(),
          job.skipped().stream().map(TranslateJobTest::fileName).toList(), name);
    }
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Test
  void faultsAndATaskKilledOnceLoseNothingAndDuplicateNothing() throws IOException {
    Path out = dir.resolve("job-faults");
    try (FakeLibreServer faulty = FakeLibreServer.start(Duration.ZERO, 0, n -> switch (n % 7) {
      case 2 -> Fault.SERVER_ERROR;
      case 4 -> Fault.DROP_CONNECTION;
      case 6 -> n < 40 ? Fault.RATE_LIMITED : Fault.NONE;
      default -> Fault.NONE;
    }, false)) {
      JobOptions options = options(thousand, out, faulty).withPartitions(4).withHook((partition, attempt) -> {
        if (partition == 1 && attempt == 0) throw new IllegalStateException("task killed on purpose after translating");
      });
      TranslateJob.Report report = TranslateJob.run(spark, options);
      assertTrue(faulty.requests() > 0);
      // the killed attempt's pairs are not counted: the counts are of the lines written
      assertEquals(lines(cliThousand).size(), report.ok());
      assertEquals(0, report.failed());
    }
    List<String> written = lines(out);
    assertEquals(lines(cliThousand), written);
    Set<String> ids = written.stream().map(l -> PairJson.parseLine(l).id().toString()).collect(Collectors.toSet());
    assertEquals(written.size(), ids.size(), "a pair written twice");
  }

  @Test
  void aSecondJobOnTheSameOutIsRefusedNamingTheFirstAndALockLeftByADeadDriverIsTakenOver() throws Exception {
    Path out = Files.createDirectories(dir.resolve("job-locked"));
    String host = InetAddress.getLocalHost().getHostName();
    long running = ProcessHandle.current().pid();
    Files.writeString(out.resolve(JobLock.FILE), "{\"host\":\"" + host + "\",\"pid\":" + running
        + ",\"started\":\"2026-12-01T00:00:00Z\",\"command\":\"tarjama-spark a --out o\"}");
    try (FakeLibreServer unused = FakeLibreServer.start(Duration.ZERO, 0, n -> Fault.NONE, true)) {
      IOException refused = assertThrows(IOException.class, () -> TranslateJob.run(spark, options(SEEDS, out, unused)));
      assertTrue(refused.getMessage().contains("is being written by another tarjama Spark job (pid " + running + " on "
          + host + ", started 2026-12-01T00:00:00Z: tarjama-spark a --out o); wait for it to end or give another --out"),
          refused.getMessage());
      assertEquals(0, unused.requests(), "a refused job sends nothing");
      assertFalse(Files.exists(out.resolve("pairs")));
    }

    // the first job's driver was killed: its pid runs no more on this host
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(out.resolve(JobLock.FILE), "{\"host\":\"" + host + "\",\"pid\":" + gone.pid()
        + ",\"started\":\"2026-12-01T00:00:00Z\",\"command\":\"tarjama-spark a --out o\"}");
    TranslateJob.run(spark, options(SEEDS, out, server));
    assertEquals(lines(cliSeeds), lines(out));
    assertFalse(Files.exists(out.resolve(JobLock.FILE)), "released when the job ends");
  }

  @Test
  void inputsWithNoArticleLeaveTheOutputAsItWasAndNearDedupCopesWithNothingToCompare() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("no-articles"));
    Files.write(empty.resolve("empty.txt"), new byte[0]);
    Path fresh = dir.resolve("job-nothing");
    TranslateJob.Report none = TranslateJob.run(spark, options(empty, fresh, server)
        .withDedup(JobOptions.Dedup.NEAR, 0.35));
    assertEquals(0, none.articles());
    assertEquals(1, none.skipped().size(), none.skipped().toString());
    assertFalse(Files.exists(fresh), "a folder the job created for nothing is removed");

    // a rerun whose inputs are all skipped (a typo'd glob, say) keeps the last output
    Path out = dir.resolve("job-kept");
    TranslateJob.run(spark, options(SEEDS, out, server));
    List<String> before = lines(out);
    TranslateJob.run(spark, options(empty, out, server));
    assertEquals(before, lines(out));

    // pairs too short for near dedup to compare: MinHashLSH has no row to fit on
    Path shortOnes = Files.createDirectories(dir.resolve("short"));
    Files.writeString(shortOnes.resolve("a.txt"), "خبر قصير\nقال نعم.\nانتهى.");
    TranslateJob.Report report = TranslateJob.run(spark, options(shortOnes, dir.resolve("job-short"), server)
        .withDedup(JobOptions.Dedup.NEAR, 0.35));
    assertEquals(1, report.articles());
    assertEquals(0, report.duplicates());
  }

  @Test
  void parquetHoldsTheSamePairsAndARerunThatTurnsItOffStillReadsThem() throws IOException {
    Path out = dir.resolve("job-parquet");
    TranslateJob.Report first = TranslateJob.run(spark, options(SEEDS, out, server).withParquet(true));
    assertEquals(lines(cliSeeds).size(), first.pairs());
    List<String> fromParquet = spark.read().parquet(out.resolve("pairs").toString()).toJSON().collectAsList().stream()
        .map(l -> PairJson.toLine(PairJson.parseLine(l))).sorted().toList();
    assertEquals(lines(cliSeeds).stream().map(l -> PairJson.toLine(PairJson.parseLine(l))).sorted().toList(), fromParquet);

    // the earlier output is read as what it is, not as this run's format: nothing is sent again
    try (FakeLibreServer again = FakeLibreServer.start(Duration.ZERO, 0, n -> Fault.NONE, true)) {
      TranslateJob.run(spark, options(SEEDS, out, again).withParquet(false));
      assertEquals(0, again.requests());
    }
    assertEquals(lines(cliSeeds), lines(out));
  }

  @Test
  void aRerunSendsNoRequestForPairsAlreadyOk() throws IOException {
    Path out = dir.resolve("job-rerun");
    TranslateJob.run(spark, options(SEEDS, out, server));
    // two pairs of the first run failed: only they may be sent again
    Path part = Files.list(out.resolve("pairs")).filter(p -> p.getFileName().toString().startsWith("part-"))
        .filter(p -> size(p) > 0).sorted().findFirst().orElseThrow();
    List<String> lines = Files.readAllLines(part, StandardCharsets.UTF_8);
    Set<String> failedTexts = new TreeSet<>();
    for (int i = 0; i < 2; i++) {
      Pair pair = PairJson.parseLine(lines.get(i));
      failedTexts.add(pair.ar());
      lines.set(i, PairJson.toLine(Pair.failed(pair.id(), pair.ar(), pair.backend(), pair.model(), "HTTP 500")));
    }
    Files.write(part, lines, StandardCharsets.UTF_8);
    Files.deleteIfExists(part.resolveSibling("." + part.getFileName() + ".crc"));

    try (FakeLibreServer second = FakeLibreServer.start(Duration.ZERO, 0, n -> Fault.NONE, true)) {
      TranslateJob.Report report = TranslateJob.run(spark, options(SEEDS, out, second));
      assertEquals(failedTexts, second.log().stream().flatMap(r -> r.texts().stream()).collect(Collectors.toCollection(TreeSet::new)));
      assertEquals(0, report.failed());
    }
    assertEquals(lines(cliSeeds), lines(out));

    try (FakeLibreServer third = FakeLibreServer.start(Duration.ZERO, 0, n -> Fault.NONE, true)) {
      TranslateJob.run(spark, options(SEEDS, out, third));
      assertEquals(0, third.requests());
    }
    assertEquals(lines(cliSeeds), lines(out));
  }

  @Test
  void exactAndNearDedupCollapseTheSameQuotationsAsExport() throws IOException {
    int exactOnly = 0;
    for (ExportOptions.Dedup mode : List.of(ExportOptions.Dedup.EXACT, ExportOptions.Dedup.NEAR)) {
      Path exportOut = dir.resolve("export-" + mode);
      new CorpusExport(ExportOptions.builder(exportOut).dedup(mode).build()).run(new RunFolderSource(cliQuoted));
      Map<String, String> byExport = duplicatesIn(exportOut.resolve(CorpusExport.EXCLUDED));
      Path jobOut = dir.resolve("job-dedup-" + mode);
      TranslateJob.run(spark, options(quoted, jobOut, server).withDedup(JobOptions.Dedup.valueOf(mode.name()), 0.35));
      Map<String, String> byJob = new TreeMap<>();
      for (String line : lines(jobOut.resolve(TranslateJob.DUPLICATES))) {
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
        byJob.put(node.get("id").asText(), node.get("duplicate_of").asText());
      }
      assertEquals(byExport, byJob, mode.toString());
      // and tarjama export of the job's own folder keeps the same first pairs
      Path reexport = dir.resolve("reexport-" + mode);
      new CorpusExport(ExportOptions.builder(reexport).dedup(mode).build()).run(new RunFolderSource(jobOut));
      assertEquals(byJob, duplicatesIn(reexport.resolve(CorpusExport.EXCLUDED)), mode.toString());
      assertTrue(byExport.size() > exactOnly, "the quoting article repeats the seeds, near ones too (" + mode + ")");
      exactOnly = byExport.size();
    }
  }

  /** Each duplicate an export left out, and the pair it kept instead. */
  private static Map<String, String> duplicatesIn(Path excluded) throws IOException {
    Map<String, String> duplicates = new TreeMap<>();
    for (String line : Files.readAllLines(excluded, StandardCharsets.UTF_8)) {
      var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
      if (node.has("duplicate_of")) duplicates.put(node.get("id").asText(), node.get("duplicate_of").asText());
    }
    return duplicates;
  }

  /** The seeds and one more article quoting the first: a paragraph word for word, another with its last word cut. */
  private static Path quotingSeeds(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> seeds;
    try (Stream<Path> listing = Files.list(SEEDS)) {
      seeds = listing.sorted().toList();
    }
    for (Path seed : seeds) Files.copy(seed, folder.resolve(seed.getFileName()));
    List<String> long_ = Files.readAllLines(seeds.get(0), StandardCharsets.UTF_8).stream()
        .filter(l -> l.split(" ").length > 20).toList();
    String exact = long_.get(0);
    String near = long_.get(1).substring(0, long_.get(1).strip().lastIndexOf(' '));
    Files.writeString(folder.resolve("zz_quote.txt"), "نقلت الصحيفة عن المصدر ما يلي من تصريحات المسؤولين.\n\n"
        + exact + "\n\n" + near + "\n", StandardCharsets.UTF_8);
    return folder;
  }

  private static JobOptions options(Path input, Path out, FakeLibreServer backend) {
    return JobOptions.of(List.of(input.toString()), out.toString(), "libretranslate", backend.url())
        .withDedup(JobOptions.Dedup.NONE, 0.35);
  }

  private static Path cli(Path input, Path out) throws IOException {
    cliRun(input, out);
    return out;
  }

  private static RunReport cliRun(Path input, Path out) {
    return LocalRuns.translate(input, out, server.url(), InputOptions.defaults());
  }

  /** Every pair line of a run folder or of a folder of part files, sorted. */
  private static List<String> lines(Path folder) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isRegularFile(folder.resolve("pairs.jsonl"))) {
      files.add(folder.resolve("pairs.jsonl"));
    } else {
      Path parts = Files.isDirectory(folder.resolve("pairs")) ? folder.resolve("pairs") : folder;
      try (Stream<Path> listing = Files.list(parts)) {
        listing.filter(p -> p.getFileName().toString().startsWith("part-")).forEach(files::add);
      }
    }
    List<String> lines = new ArrayList<>();
    for (Path file : files) {
      Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
    }
    lines.sort(null);
    return lines;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

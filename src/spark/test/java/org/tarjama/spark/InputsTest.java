package org.tarjama.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.e2e.FakeLibreServer;
import org.tarjama.e2e.FakeLibreServer.Fault;
import org.tarjama.export.PairJson;
import org.tarjama.io.InputFormat;
import org.tarjama.io.InputOptions;
import org.tarjama.memory.MemoryLocation;
import org.tarjama.pipeline.RunListener;
import org.tarjama.pipeline.RunReport;
import org.tarjama.translate.engine.EngineOptions;

/** How the job reads its inputs, against tarjama translate on the same inputs: options, ids, size limit. */
class InputsTest {

  private static final Path SEEDS = Path.of("seeds");
  private static final Path JSONL_SEEDS = Path.of("src/test/resources/input/jsonl/seeds.jsonl");

  @TempDir
  static Path dir;
  static SparkSession spark;
  static FakeLibreServer server;

  @BeforeAll
  static void start() throws IOException {
    spark = LocalRuns.spark("local[2]", "tarjama inputs test").getOrCreate();
    server = FakeLibreServer.start(Duration.ZERO, 0, n -> Fault.NONE, false);
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
    if (server != null) server.close();
  }

  @Test
  void jsonlWithOtherFieldNamesIsReadAsTranslateReadsItWithTheSameOptions() throws IOException {
    Path input = dir.resolve("renamed/dump.data");
    Files.createDirectories(input.getParent());
    ObjectMapper json = new ObjectMapper();
    List<String> renamed = new ArrayList<>();
    for (String line : Files.readAllLines(JSONL_SEEDS, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      try {
        ObjectNode record = (ObjectNode) json.readTree(line);
        ObjectNode other = json.createObjectNode();
        record.fields().forEachRemaining(f -> other.set(switch (f.getKey()) {
          case "id" -> "doc_id";
          case "title" -> "headline";
          case "text" -> "body";
          case "url" -> "link";
          default -> f.getKey();
        }, f.getValue()));
        renamed.add(other.toString());
      } catch (IOException e) {
        renamed.add(line);  // the seeds' broken record stays broken
      }
    }
    Files.write(input, renamed, StandardCharsets.UTF_8);
    InputOptions options = new InputOptions(InputFormat.JSONL, "doc_id", "headline", "body", List.of("link", "date"));

    Path cliOut = dir.resolve("cli-renamed");
    RunReport cli = cli(input, cliOut, options);
    List<String> expected = lines(cliOut.resolve("pairs.jsonl"));
    assertTrue(expected.size() > 50, "the renamed seeds give pairs");
    assertTrue(expected.stream().anyMatch(l -> l.contains("\"link\"")), "a renamed metadata field is carried");
    Path out = dir.resolve("job-renamed");
    TranslateJob.Report job = TranslateJob.run(spark, job(input, out).withInput(options));
    assertEquals(expected, parts(out));
    assertEquals(cli.counts().articles(), job.articles());

    // the same arguments on the job's command line
    JobOptions parsed = JobArgs.parse(new String[] {"--out", "o", "--backend", "gloss", "--input-format", "jsonl",
        "--id-field", "doc_id", "--title-field", "headline", "--text-field", "body", "--metadata-fields", "link, date",
        "in"});
    assertEquals(options, parsed.input());
  }

  @Test
  void oddFileNamesAreReadAsTranslateReadsThemNotFailingTheJob() throws IOException {
    Path input = Files.createDirectories(dir.resolve("odd names"));
    // a colon made Hadoop's checksum file name an invalid path, failing the task and then the job
    copySeedsAs(input, "a:b*?.TXT", "خبر عربي.txt", "100%.txt", "#x{y}.txt");

    Path cliOut = dir.resolve("cli-odd");
    cli(input, cliOut, InputOptions.defaults());
    Path out = dir.resolve("job-odd");
    TranslateJob.Report report = TranslateJob.run(spark, job(input, out));
    assertEquals(List.of(), report.skipped());
    assertEquals(lines(cliOut.resolve("pairs.jsonl")), parts(out));
    assertEquals(4, report.articles());
  }

  @Test
  void recordsRepeatingAnIdAcrossFilesGetTheCommandLinesIdsAndNeverShareOne() throws IOException {
    Path input = Files.createDirectories(dir.resolve("repeated-ids"));
    Files.writeString(input.resolve("a.jsonl"), record("x", "قال المتحدث الأول إن الوضع مستقر."));
    // a record whose own id is what the repeat of x would be renamed to: x-2 was given to two articles
    Files.writeString(input.resolve("b.jsonl"), record("x", "أعلن الوزير الثاني عن خطة جديدة للنقل.")
        + record("x-2", "وصل الوفد الثالث إلى العاصمة صباح اليوم."));
    Files.writeString(input.resolve("c.jsonl"), record("x", "قال المتحدث الرابع إن الاجتماع انتهى.")
        + record("x", "أشار التقرير الخامس إلى تحسن ملحوظ.") + record("y", "ذكر الموقع السادس أن الطقس بارد."));

    Path cliOut = dir.resolve("cli-repeated-ids");
    cli(input, cliOut, InputOptions.defaults());
    Path out = dir.resolve("job-repeated-ids");
    TranslateJob.run(spark, job(input, out).withPartitions(3));
    List<String> expected = lines(cliOut.resolve("pairs.jsonl"));
    assertEquals(expected, parts(out));
    assertEquals(List.of("x", "x-2", "x-2-2", "x-3", "x-4", "y"), parts(out).stream()
        .map(l -> PairJson.parseLine(l).id().doc()).distinct().sorted().toList());

    // a rerun finds the renamed articles' pairs in their partitions: nothing is sent again
    try (FakeLibreServer again = FakeLibreServer.start(Duration.ZERO, 0, n -> Fault.NONE, true)) {
      TranslateJob.run(spark, JobOptions.of(List.of(input.toString()), out.toString(), "libretranslate", again.url())
          .withDedup(JobOptions.Dedup.NONE, 0.35).withPartitions(3));
      assertEquals(0, again.requests());
    }
    assertEquals(expected, parts(out));
  }

  /** The seeds, in order, copied into {@code folder} under {@code names}. */
  private static void copySeedsAs(Path folder, String... names) throws IOException {
    List<Path> seeds;
    try (Stream<Path> listing = Files.list(SEEDS)) {
      seeds = listing.sorted().toList();
    }
    for (int i = 0; i < names.length; i++) {
      Path copy = folder.resolve(names[i]);
      Files.createDirectories(copy.getParent());
      Files.copy(seeds.get(i), copy);
    }
  }

  @Test
  void idsThatDifferOnlyInCaseAreRepeatsAsOnTheCommandLine() throws IOException {
    // they would share an article file on a case-insensitive file system, so the command line renames them
    Path input = Files.createDirectories(dir.resolve("case-ids"));
    Files.writeString(input.resolve("a.jsonl"), record("X", "قال المتحدث الأول إن الوضع مستقر."));
    Files.writeString(input.resolve("b.jsonl"), record("x", "أعلن الوزير الثاني عن خطة جديدة للنقل.")
        + record("X-2", "وصل الوفد الثالث إلى العاصمة صباح اليوم."));

    Path cliOut = dir.resolve("cli-case-ids");
    cli(input, cliOut, InputOptions.defaults());
    Path out = dir.resolve("job-case-ids");
    TranslateJob.run(spark, job(input, out).withPartitions(3));
    assertEquals(lines(cliOut.resolve("pairs.jsonl")), parts(out));
    assertEquals(List.of("X", "X-2-2", "x-2"), parts(out).stream()
        .map(l -> PairJson.parseLine(l).id().doc()).distinct().sorted().toList());
  }

  private static String record(String id, String text) {
    return new ObjectMapper().createObjectNode().put("id", id).put("text", text).toString() + "\n";
  }

  @Test
  void sameNamedFilesInTwoFoldersGetTheCommandLinesIds() throws IOException {
    Path input = dir.resolve("clash");
    copySeedsAs(input, "a/story.txt", "b/story.txt", "b/Story.txt", "b/other.txt");

    Path cliOut = dir.resolve("cli-clash");
    cli(input, cliOut, InputOptions.defaults());
    List<String> expected = lines(cliOut.resolve("pairs.jsonl"));
    Path out = dir.resolve("job-clash");
    TranslateJob.run(spark, job(input, out));
    assertEquals(expected, parts(out));
    Set<String> docs = parts(out).stream().map(l -> PairJson.parseLine(l).id().doc()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(4, docs.size(), docs.toString());
    assertTrue(docs.contains("story") && docs.contains("other"), docs.toString());
    assertEquals(2, docs.stream().filter(d -> d.matches("(?i)story-[0-9a-f]{8}")).count(), docs.toString());

    // a pattern gives what the shell's expansion of it gives tarjama translate
    Path cliGlobOut = dir.resolve("cli-glob");
    TranslateOptions expanded = TranslateOptions.builder(List.of(input.resolve("a/story.txt").toString(),
            input.resolve("b/story.txt").toString())).out(cliGlobOut).backend("libretranslate").endpoint(server.url())
        .engine(EngineOptions.builder().memory(MemoryLocation.none()).build()).build();
    try {
      Tarjama.translate(expanded, RunListener.NONE);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    Path globOut = dir.resolve("job-glob");
    TranslateJob.run(spark, JobOptions.of(List.of(input + "/*/story.txt"), globOut.toString(), "libretranslate",
        server.url()).withDedup(JobOptions.Dedup.NONE, 0.35));
    assertEquals(lines(cliGlobOut.resolve("pairs.jsonl")), parts(globOut));
  }

  @Test
  void aFileOverTheSizeLimitIsSkippedWithTheCommandLinesReason() throws IOException {
    Path input = dir.resolve("big");
    Files.createDirectories(input);
    try (Stream<Path> listing = Files.list(SEEDS)) {
      Files.copy(listing.sorted().findFirst().orElseThrow(), input.resolve("small.txt"));
    }
    try (RandomAccessFile big = new RandomAccessFile(input.resolve("huge.txt").toFile(), "rw")) {
      big.setLength(9L << 20);  // sparse: nothing to read but zeros, were it read
    }
    Path cliOut = dir.resolve("cli-big");
    RunReport cli = cli(input, cliOut, InputOptions.defaults());
    assertEquals(1, cli.skipped().size());
    Path out = dir.resolve("job-big");
    TranslateJob.Report job = TranslateJob.run(spark, job(input, out));
    // the exact size in the reason is the file's, known from its listing: the stream path would say '>8388608'
    assertEquals(List.of(cli.skipped().get(0).source() + ": " + cli.skipped().get(0).reason()), job.skipped());
    assertTrue(job.skipped().get(0).contains("file too large: 9437184 bytes"), job.skipped().toString());
    assertEquals(lines(cliOut.resolve("pairs.jsonl")), parts(out));
    assertEquals(1, job.articles());
  }

  @Test
  void aRerunOfJsonlInputsSendsNoRequestForPairsAlreadyOk() throws IOException {
    // JSONL records carry their ids: articles and earlier pairs meet in sampled id ranges, not in the file slices
    Path out = dir.resolve("job-jsonl-rerun");
    TranslateJob.Report first = TranslateJob.run(spark, job(JSONL_SEEDS, out).withPartitions(3));
    List<String> written = parts(out);
    assertTrue(first.ok() > 50 && first.failed() == 0, first.toString());
    try (FakeLibreServer second = FakeLibreServer.start(Duration.ZERO, 0, n -> Fault.NONE, false)) {
      TranslateJob.Report rerun = TranslateJob.run(spark, JobOptions.of(List.of(JSONL_SEEDS.toString()), out.toString(),
          "libretranslate", second.url()).withDedup(JobOptions.Dedup.NONE, 0.35).withPartitions(3));
      assertEquals(0, second.requests());
      assertEquals(first.ok(), rerun.ok());
    }
    assertEquals(written, parts(out));
  }

  private static JobOptions job(Path input, Path out) {
    return JobOptions.of(List.of(input.toString()), out.toString(), "libretranslate", server.url())
        .withDedup(JobOptions.Dedup.NONE, 0.35);
  }

  private static RunReport cli(Path input, Path out, InputOptions reading) {
    return LocalRuns.translate(input, out, server.url(), reading);
  }

  private static List<String> parts(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> listing = Files.list(out.resolve("pairs"))) {
      for (Path p : listing.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(lines(p));
      }
    }
    lines.sort(null);
    return lines;
  }

  private static List<String> lines(Path file) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).toList());
    lines.sort(null);
    return lines;
  }
}

package org.tarjama.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.Cli;
import org.tarjama.export.ArticleJson;
import org.tarjama.export.OutputSet;
import org.tarjama.export.PairJson;
import org.tarjama.io.Skipped;
import org.tarjama.model.Article;
import org.tarjama.pipeline.RepairedInput;
import org.tarjama.pipeline.RunReport;
import org.tarjama.pipeline.RunReportJson;
import org.tarjama.review.ReviewPage;

/**
 * Issue 9's acceptance: a folder of the seeds plus every kind of bad input gives every good article translated,
 * every bad one repaired-and-reported or skipped with its reason, exit 1, and the same outputs on a second run.
 */
class BadInputsEndToEndTest {

  @TempDir
  Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
  }

  private static byte[] seed(int n) throws Exception {
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      return Files.readAllBytes(seeds.sorted().toList().get(n));
    }
  }

  private static byte[] insert(byte[] bytes, int at, byte... extra) {
    byte[] out = new byte[bytes.length + extra.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(extra, 0, out, at, extra.length);
    System.arraycopy(bytes, at, out, at + extra.length, bytes.length - at);
    return out;
  }

  /** Builds the folder; returns the file names (relative) that must be translated. */
  private Set<String> buildInputs(Path in) throws Exception {
    Files.createDirectories(in);
    for (int i = 0; i < 5; i++) Files.write(in.resolve("seed" + i + ".txt"), seed(i));
    String text0 = new String(seed(0), StandardCharsets.UTF_8);
    String text3 = new String(seed(3), StandardCharsets.UTF_8);
    // repaired and translated
    Files.write(in.resolve("stray-byte.txt"), insert(seed(0), text0.substring(0, text0.indexOf('\n') + 1)
        .getBytes(StandardCharsets.UTF_8).length, (byte) 0xA0));
    byte[] one = new String(seed(1), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
    Files.write(in.resolve("truncated.txt"), Arrays.copyOf(one, one.length - 1));
    String text2 = new String(seed(2), StandardCharsets.UTF_8);
    Files.write(in.resolve("nul.txt"), insert(seed(2), text2.substring(0, text2.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8).length,
        (byte) 0, (byte) 0));
    // other encodings and odd names, translated
    Files.write(in.resolve("utf16le.txt"), text3.getBytes(StandardCharsets.UTF_16LE));
    Files.write(in.resolve("utf16be.txt"), text3.getBytes(StandardCharsets.UTF_16BE));
    Files.write(in.resolve("cp1256.txt"), new String(seed(4), StandardCharsets.UTF_8).replace("…", "...")
        .getBytes(Charset.forName("windows-1256")));
    Files.write(in.resolve("a:b.txt"), seed(0));
    Files.write(in.resolve("a_b.txt"), seed(1));
    Files.write(in.resolve("a b.txt"), seed(2));
    Files.write(in.resolve("UPPER.TXT"), seed(3));
    Files.write(in.resolve("مقال جديد.txt"), seed(4));
    Files.write(in.resolve("new\nline.txt"), seed(1));
    for (String twin : List.of("x/news.txt", "y/news.txt", "z/news-2.txt")) {
      Files.createDirectories(in.resolve(twin).getParent());
      Files.write(in.resolve(twin), seed(twin.charAt(0) - 'x'));
    }
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.write(elsewhere.resolve("linked.txt"), seed(2));
    Files.createSymbolicLink(in.resolve("linked-folder"), elsewhere);
    // skipped, each with its reason
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("blank.txt"), " \n\n\t");
    Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
    Files.writeString(in.resolve("mojibake.txt"), new String(seed(0), Charset.forName("windows-1256")));
    Files.write(in.resolve("latin1.txt"), "été à Paris, où l'on dîne".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("one-line.txt"), "قال الرئيس ".repeat(20_000));
    try (RandomAccessFile huge = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(300L << 20); // sparse: never read, refused by its size
    }
    Files.createSymbolicLink(in.resolve("loop"), in);
    Files.createSymbolicLink(in.resolve("broken.txt"), dir.resolve("nowhere.txt"));
    Files.createSymbolicLink(in.resolve("alias.txt"), in.resolve("seed0.txt"));
    return Set.of("seed0.txt", "seed1.txt", "seed2.txt", "seed3.txt", "seed4.txt", "stray-byte.txt", "truncated.txt",
        "nul.txt", "utf16le.txt", "utf16be.txt", "cp1256.txt", "a:b.txt", "a_b.txt", "a b.txt", "UPPER.TXT",
        "مقال جديد.txt", "new\nline.txt", "x/news.txt", "y/news.txt", "z/news-2.txt", "linked-folder/linked.txt");
  }

  private static Map<String, byte[]> snapshot(Path out) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(out)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        String name = out.relativize(p).toString();
        if (!name.equals(OutputSet.RUN)) files.put(name, Files.readAllBytes(p)); // run.json holds timings
      }
    }
    return files;
  }

  @Test
  void everyGoodArticleIsTranslatedEveryBadOneReportedExitOneAndTheSecondRunIsIdentical() throws Exception {
    Path in = dir.resolve("in");
    Set<String> good = buildInputs(in);
    Path out = dir.resolve("out");
    String[] command = {"translate", in.toString(), "--backend", "pseudo", "--out", out.toString(),
        "--tm", dir.resolve("tm.sqlite").toString()};

    assertEquals(1, run(command), err.toString());

    RunReport report = RunReportJson.read(out.resolve(OutputSet.RUN));
    Map<String, String> skipped = new TreeMap<>();
    for (Skipped s : report.skipped()) skipped.put(in.relativize(Path.of(s.source())).toString(), s.reason());
    assertEquals(Set.of("empty.txt", "blank.txt", "binary.txt", "mojibake.txt", "latin1.txt", "one-line.txt", "huge.txt",
        "loop", "broken.txt", "alias.txt"), skipped.keySet(), skipped.toString());
    assertTrue(skipped.get("mojibake.txt").startsWith("undecodable"), skipped.get("mojibake.txt"));
    assertTrue(skipped.get("huge.txt").startsWith("file too large"), skipped.get("huge.txt"));
    assertTrue(skipped.get("one-line.txt").startsWith("line 1 is 220000 characters long"), skipped.get("one-line.txt"));
    for (String source : skipped.keySet()) assertTrue(err.toString().contains("skipped " + in.resolve(source)), source);

    assertEquals(Set.of("stray-byte.txt", "truncated.txt", "nul.txt"),
        report.repaired().stream().map(r -> in.relativize(Path.of(r.source())).toString()).collect(java.util.stream.Collectors.toSet()));
    for (RepairedInput r : report.repaired()) assertTrue(err.toString().contains("repaired " + r.source()), r.source());

    // every good input became exactly one article, with its own id and article file
    Set<String> ids = new HashSet<>();
    Set<String> sources = new HashSet<>();
    try (Stream<Path> articles = Files.list(out.resolve(OutputSet.ARTICLES))) {
      for (Path file : articles.toList()) {
        Article article = ArticleJson.read(file);
        assertEquals(ArticleJson.fileName(article.id()), file.getFileName().toString());
        assertTrue(ids.add(article.id()));
        sources.add(in.relativize(Path.of(article.source())).toString());
        assertTrue(!article.encoding().startsWith("windows") || article.source().endsWith("cp1256.txt"), article.source());
      }
    }
    assertEquals(good, sources);
    assertEquals(good.size(), report.counts().articles());
    assertEquals(0, report.counts().failures());
    Set<String> pairDocs = new HashSet<>();
    for (String line : Files.readAllLines(out.resolve(OutputSet.PAIRS))) pairDocs.add(PairJson.parseLine(line).id().doc());
    assertEquals(ids, pairDocs);
    String review = Files.readString(out.resolve(ReviewPage.FILE));
    for (String id : ids) assertTrue(review.contains("id=\"doc-"), id);
    assertTrue(review.contains("repaired while reading"), "the review page shows repairs");

    // the same command again: the same outputs, all from memory
    Map<String, byte[]> first = snapshot(out);
    assertEquals(1, run(command), err.toString());
    Map<String, byte[]> second = snapshot(out);
    assertEquals(first.keySet(), second.keySet());
    for (String name : first.keySet()) assertTrue(Arrays.equals(first.get(name), second.get(name)), name + " changed");
    RunReport again = RunReportJson.read(out.resolve(OutputSet.RUN));
    assertEquals(report.skipped(), again.skipped());
    assertEquals(report.repaired(), again.repaired());
    assertEquals(report.counts(), again.counts());

    // export keeps every article apart
    Path exported = dir.resolve("export");
    assertEquals(0, run("export", out.toString(), "--out", exported.toString(), "--format", "jsonl", "--dedup", "none"),
        err.toString());
    Set<String> exportedDocs = new HashSet<>();
    try (Stream<Path> files = Files.list(exported)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl") && !p.getFileName().toString().startsWith("excluded")).toList()) {
        for (String line : Files.readAllLines(f)) exportedDocs.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).path("doc").asText());
      }
    }
    assertEquals(ids, exportedDocs);
  }
}

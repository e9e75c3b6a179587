package org.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCommandTest {

  private static final String AR = "وصل الرئيس إلى القاهرة صباح الاثنين. التقى وزير الخارجية المصري في مقر الوزارة."
      + " ناقش الجانبان أسعار القمح والطاقة. ارتفعت الأسعار بنسبة 12 في المئة هذا العام.\n";
  private static final String EN = "The president arrived in Cairo on Monday morning. He met the Egyptian foreign"
      + " minister at the ministry headquarters. The two sides discussed wheat and energy prices. Prices have risen by"
      + " 12 percent this year.\n";

  @TempDir
  Path temp;

  private record Result(int code, String err) {
  }

  private static Result align(String... args) {
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("align", "--no-tm"));
    all.addAll(List.of(args));
    int code = Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(all.toArray(String[]::new));
    return new Result(code, err.toString());
  }

  private Path write(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> beads(Path out) throws Exception {
    List<String> beads = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("pairs.jsonl"))) {
      JsonNode node = new ObjectMapper().readTree(line);
      beads.add(node.get("doc").asText() + " " + node.get("bead").asText() + " " + node.get("ar_sents") + node.get("en_sents"));
    }
    return beads;
  }

  @Test
  void twoFilesAreAlignedSentenceBySentenceIntoARunFolder() throws Exception {
    Path out = temp.resolve("out");
    Result result = align(write("cairo.ar.txt", AR).toString(), write("cairo.en.txt", EN).toString(), "--out", out.toString());
    assertEquals(0, result.code(), result.err());
    assertEquals(List.of("cairo.ar 1-1 [0][0]", "cairo.ar 1-1 [1][1]", "cairo.ar 1-1 [2][2]", "cairo.ar 1-1 [3][3]"), beads(out));
    JsonNode first = new ObjectMapper().readTree(Files.readAllLines(out.resolve("pairs.jsonl")).get(0));
    assertEquals("The president arrived in Cairo on Monday morning.", first.get("en").asText());
    assertEquals("align", first.get("backend").asText());
    assertTrue(first.get("score").asDouble() > 0 && first.get("score").asDouble() <= 1, first.toString());
    assertEquals(first.get("score").asDouble(), first.get("scores").get("align").asDouble());
    assertEquals(5, Files.readAllLines(out.resolve("corpus.tsv")).size(), "header and four pairs");
    for (String file : new String[] {"corpus.tmx", "corpus.ar", "corpus.en", "unaligned.jsonl", "run.json", "review.html",
        "articles/cairo.ar.json"}) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
  }

  @Test
  void twoFoldersPairByNameAndBadDocumentsAreReportedWhileTheRestGoOn() throws Exception {
    write("ar/good.txt", AR);
    write("en/good.txt", EN.replace(" The two sides discussed wheat and energy prices.", ""));
    write("ar/orphan.txt", AR);
    write("ar/empty.txt", AR);
    write("en/empty.txt", "");
    write("ar/swapped.txt", EN);
    write("en/swapped.txt", AR);
    Path out = temp.resolve("out");
    Result result = align(temp.resolve("ar").toString(), temp.resolve("en").toString(), "--out", out.toString());
    assertEquals(ExitCodes.FAILURES, result.code(), result.err());
    assertTrue(result.err().contains("orphan.txt: no English partner: expected " + temp.resolve("en/orphan.txt")), result.err());
    assertTrue(result.err().contains("the English side " + temp.resolve("en/empty.txt") + ": empty"), result.err());
    assertTrue(result.err().contains("swapped.txt is mostly Arabic script; are the two sides swapped?"), result.err());
    assertEquals(List.of("good 1-1 [0][0]", "good 1-1 [1][1]", "good 1-1 [3][2]"), beads(out));
    JsonNode unaligned = new ObjectMapper().readTree(Files.readAllLines(out.resolve("unaligned.jsonl")).get(0));
    assertEquals("1-0", unaligned.get("bead").asText());
    assertEquals("[2]", unaligned.get("ar_sents").toString());
    assertEquals("ناقش الجانبان أسعار القمح والطاقة.", unaligned.get("text").asText());
  }

  @Test
  void presplitTakesEachLineAsOneSentence() throws Exception {
    // two Arabic sentences on one line stay one sentence, so the English pair of them is a 1-2 bead
    Path ar = write("p.ar", "وصل الرئيس إلى القاهرة صباح الاثنين. التقى وزير الخارجية المصري في مقر الوزارة.\n"
        + "ناقش الجانبان أسعار القمح والطاقة.\n");
    Path en = write("p.en", "The president arrived in Cairo on Monday morning.\nHe met the Egyptian foreign minister at the"
        + " ministry headquarters.\nThe two sides discussed wheat and energy prices.\n");
    Path out = temp.resolve("out");
    Result result = align(ar.toString(), en.toString(), "--presplit", "--out", out.toString());
    assertEquals(0, result.code(), result.err());
    assertEquals(List.of("p 1-2 [0][0,1]", "p 1-1 [1][2]"), beads(out));
  }

  @Test
  void aTsvListsThePairsAndALineWithAMissingFileIsReported() throws Exception {
    write("docs/a.ar.txt", AR);
    write("docs/a.en.txt", EN);
    Path list = write("pairs.tsv", "docs/a.ar.txt\tdocs/a.en.txt\ndocs/b.ar.txt\tdocs/b.en.txt\n");
    Path out = temp.resolve("out");
    Result result = align(list.toString(), "--out", out.toString());
    assertEquals(ExitCodes.FAILURES, result.code(), result.err());
    assertTrue(result.err().contains("pairs.tsv:2: no such Arabic file"), result.err());
    assertEquals(4, beads(out).size());
  }

  @Test
  void aTsvSavedWithAByteOrderMarkAndWindowsLineEndsIsRead() throws Exception {
    write("docs/a.ar.txt", AR);
    write("docs/a.en.txt", EN);
    Path list = write("pairs.tsv", "\uFEFFdocs/a.ar.txt\tdocs/a.en.txt\r\n");
    Path out = temp.resolve("out");
    Result result = align(list.toString(), "--out", out.toString());
    assertEquals(0, result.code(), result.err());
    assertEquals(4, beads(out).size());
  }

  @Test
  void twoUnrelatedTextsAreReportedRatherThanPairedByLength() throws Exception {
    Path ar = write("u/x.ar", String.join("\n", "وصل الرئيس إلى القاهرة صباح الاثنين.", "التقى وزير الخارجية المصري في مقر الوزارة.",
        "ناقش الجانبان أسعار القمح والطاقة.", "ارتفعت الأسعار بنسبة 12 في المئة هذا العام.",
        "وقال الرئيس إن الاتفاق سيوقع في مارس.", "وأضاف أن البنك الدولي سيمول المشروع.") + "\n");
    Path en = write("u/x.en", String.join("\n", "Heavy rain is expected along the coast tonight.",
        "The museum reopened its doors after a long renovation.", "A young goalkeeper saved two penalties.",
        "Tickets for the concert sold out within an hour.", "The recipe needs fresh basil and a little garlic.",
        "Volunteers planted trees in the old park on Sunday.") + "\n");
    Path out = temp.resolve("out");
    Result result = align(ar.toString(), en.toString(), "--presplit", "--out", out.toString());
    assertEquals(ExitCodes.FAILURES, result.code(), result.err());
    assertTrue(result.err().contains("x.ar: the two sides do not look like translations of each other"), result.err());
    assertTrue(Files.notExists(out.resolve("pairs.jsonl")), "nothing paired by length alone");
  }

  @Test
  void aRunWithNoDocumentPairWritesNothing() {
    Path out = temp.resolve("out");
    Result result = align(temp.resolve("missing.ar").toString(), temp.resolve("missing.en").toString(), "--out", out.toString());
    assertEquals(ExitCodes.FAILURES, result.code(), result.err());
    assertTrue(result.err().contains("no such Arabic file; check the path"), result.err());
    assertTrue(result.err().contains("nothing written to " + out), result.err());
    assertTrue(Files.notExists(out), "no output folder for a run with nothing to align");
  }

  @Test
  void exportReadsAnAlignRunFolder() throws Exception {
    Path out = temp.resolve("out");
    assertEquals(0, align(write("c.ar.txt", AR).toString(), write("c.en.txt", EN).toString(), "--out", out.toString()).code());
    StringWriter err = new StringWriter();
    int code = Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
        .execute("export", out.toString(), "--out", temp.resolve("export").toString(), "--format", "moses", "--dedup", "none");
    assertEquals(0, code, err.toString());
    assertEquals(4, Files.readAllLines(temp.resolve("export/corpus.en")).size(), err.toString());
  }

  @Test
  void anEnglishPageIsReadAsItsParagraphsNotAsItsMarkup() throws Exception {
    Path out = temp.resolve("out");
    StringBuilder page = new StringBuilder("<html><body><nav>Home | World</nav><article>");
    for (String sentence : EN.strip().split("(?<=\\.) ")) page.append("<p>").append(sentence).append("</p>");
    Result result = align(write("cairo.ar.txt", AR).toString(), write("cairo.en.html", page + "</article></body></html>")
        .toString(), "--out", out.toString());
    assertEquals(0, result.code(), result.err());
    assertEquals(List.of("cairo.ar 1-1 [0][0]", "cairo.ar 1-1 [1][1]", "cairo.ar 1-1 [2][2]", "cairo.ar 1-1 [3][3]"), beads(out));
    assertTrue(Files.readString(out.resolve("pairs.jsonl")).indexOf('<') < 0, "no markup in the English");
  }

  @Test
  void anArabicSideHoldingSeveralJsonlRecordsIsReportedNotCutToItsFirst() throws Exception {
    String record = "{\"text\": \"" + AR.strip() + "\"}\n";
    Result result = align(write("two.jsonl", record + record).toString(), write("two.en.txt", EN).toString(),
        "--out", temp.resolve("out").toString());
    assertEquals(1, result.code(), result.err());
    assertTrue(result.err().contains("holds 2 articles"), result.err());
  }

  @Test
  void twoArabicRecordsWithTheSameIdInTwoFilesAreBothAligned() throws Exception {
    String record = "{\"id\": \"cairo\", \"text\": \"" + AR.strip() + "\"}\n";
    write("ar/a.jsonl", record);
    write("ar/b.jsonl", record);
    write("en/a.jsonl", "{\"text\": \"" + EN.strip() + "\"}\n");
    write("en/b.jsonl", "{\"text\": \"" + EN.strip() + "\"}\n");
    Path out = temp.resolve("out");
    Result result = align(temp.resolve("ar").toString(), temp.resolve("en").toString(), "--out", out.toString());
    assertEquals(0, result.code(), result.err());
    assertEquals(List.of("cairo 1-1 [0][0]", "cairo 1-1 [1][1]", "cairo 1-1 [2][2]", "cairo 1-1 [3][3]",
        "cairo-2 1-1 [0][0]", "cairo-2 1-1 [1][1]", "cairo-2 1-1 [2][2]", "cairo-2 1-1 [3][3]"), beads(out));
  }

  @Test
  void aDocumentPairWhereNoSentencePairsUpIsReportedNotPassedAsAligned() throws Exception {
    // --presplit on an English side that was never split: one line of many sentences against four Arabic lines
    Path out = temp.resolve("out");
    Result result = align(write("cairo.ar.txt", AR.replace(". ", ".\n")).toString(),
        write("cairo.en.txt", (EN.strip() + " ").repeat(5)).toString(), "--presplit", "--out", out.toString());
    assertEquals(1, result.code(), result.err());
    assertTrue(result.err().contains("no sentence pair"), result.err());
  }

  @Test
  void aSecondRunIntoAnOutputFolderInsideTheArabicFolderDoesNotPairItsOwnOutputs() throws Exception {
    write("ar/cairo.txt", AR);
    write("en/cairo.txt", EN);
    Path out = temp.resolve("ar").resolve("aligned");
    assertEquals(0, align(temp.resolve("ar").toString(), temp.resolve("en").toString(), "--out", out.toString()).code());
    Result again = align(temp.resolve("ar").toString(), temp.resolve("en").toString(), "--out", out.toString());
    assertEquals(0, again.code(), again.err());
    assertEquals(4, beads(out).size());
  }
}

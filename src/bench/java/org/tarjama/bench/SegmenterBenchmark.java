package org.tarjama.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.languagetool.language.Arabic;
import org.languagetool.tokenizers.SentenceTokenizer;
import org.tarjama.model.Span;
import org.tarjama.segment.ArabicSegmenter;
import org.tarjama.segment.GoldParagraphs;
import org.tarjama.segment.HardCases;

/**
 * Our segmenter against ICU4J's BreakIterator (sentence, ar) and LanguageTool 6.8's Arabic SRX rules, in
 * one run: boundary precision, recall and F1 on PUD dev and test (each document's sentences joined with one
 * space), on the cleaned seeds and on our hard cases, and throughput in MB/s of UTF-8 input (median of
 * timed rounds after warm-up). Run from the repository root:
 * {@code mvn -B -Pbench test-compile exec:java -Dexec.mainClass=org.tarjama.bench.SegmenterBenchmark}
 */
public final class SegmenterBenchmark {

  private static final Path DATA = Path.of("..", "shared", "data");
  private static final String ICU = "ICU4J 79.1 BreakIterator";
  private static final int WARMUP_ROUNDS = 5;
  private static final int TIMED_ROUNDS = 9;
  private static final long ROUND_NANOS = 200_000_000L;

  /** One way of splitting a paragraph into trimmed sentence spans. */
  interface Splitter {
    List<Span> split(String text);
  }

  /** A paragraph and the end offsets of its gold sentences except the last. */
  record Doc(String text, int[] gold) {
  }

  record TestSet(String name, List<Doc> docs) {
    long bytes() {
      return docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    int boundaries() {
      return docs.stream().mapToInt(d -> d.gold().length).sum();
    }
  }

  record Score(double precision, double recall, double f1, double mbPerSecond) {
  }

  public static void main(String[] args) throws IOException {
    List<TestSet> sets = List.of(pud("pud-ar-en.dev.tsv"), pud("pud-ar-en.test.tsv"), seeds(), hardCases());
    Map<String, Splitter> tools = new LinkedHashMap<>();
    ArabicSegmenter ours = new ArabicSegmenter();
    tools.put("tarjama ArabicSegmenter", ours::split);
    tools.put(ICU, icu());
    tools.put("LanguageTool 6.8 (ar SRX)", languageTool());

    for (Splitter tool : tools.values()) {
      for (TestSet set : sets) throughput(set, tool); // warm every tool up on every set before timing any
    }
    System.out.printf(Locale.ROOT, "Boundaries: ends of all sentences but a paragraph's last. Throughput: UTF-8 MB/s,"
        + " median of %d rounds of %d ms after warm-up, on %s %s.%n", TIMED_ROUNDS, ROUND_NANOS / 1_000_000,
        System.getProperty("java.vm.name"), System.getProperty("java.version"));
    System.out.printf(Locale.ROOT, "%-22s %5s %6s  %-26s %9s %9s %9s %9s %7s%n",
        "set", "docs", "bounds", "segmenter", "precision", "recall", "F1", "MB/s", "vs ICU");
    for (TestSet set : sets) {
      Map<String, Score> scores = new LinkedHashMap<>();
      tools.forEach((name, tool) -> scores.put(name, score(set, tool)));
      double icuSpeed = scores.get(ICU).mbPerSecond();
      scores.forEach((name, s) -> System.out.printf(Locale.ROOT, "%-22s %5d %6d  %-26s %9.4f %9.4f %9.4f %9.1f %6.2fx%n",
          set.name(), set.docs().size(), set.boundaries(), name, s.precision(), s.recall(), s.f1(), s.mbPerSecond(),
          s.mbPerSecond() / icuSpeed));
    }
    if (Arrays.asList(args).contains("--errors")) {
      for (TestSet set : sets) printErrors(set, ours::split);
    }
  }

  private static Score score(TestSet set, Splitter splitter) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Doc doc : set.docs()) {
      int[] found = boundaries(splitter.split(doc.text()));
      for (int b : found) {
        if (Arrays.binarySearch(doc.gold(), b) >= 0) tp++;
        else fp++;
      }
      for (int g : doc.gold()) if (Arrays.binarySearch(found, g) < 0) fn++;
    }
    double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(p, r, f1, throughput(set, splitter));
  }

  /** Median MB/s over timed rounds; each round splits the whole set as often as fits in the round's time. */
  private static double throughput(TestSet set, Splitter splitter) {
    long bytes = set.bytes();
    double[] rates = new double[TIMED_ROUNDS];
    long sink = 0;
    for (int round = 0; round < WARMUP_ROUNDS + TIMED_ROUNDS; round++) {
      long start = System.nanoTime();
      long passes = 0;
      long elapsed;
      do {
        for (Doc doc : set.docs()) sink += splitter.split(doc.text()).size();
        passes++;
        elapsed = System.nanoTime() - start;
      } while (elapsed < ROUND_NANOS);
      if (round >= WARMUP_ROUNDS) rates[round - WARMUP_ROUNDS] = passes * bytes / (elapsed / 1e9) / 1e6;
    }
    if (sink == 42) System.out.print("");
    Arrays.sort(rates);
    return rates[TIMED_ROUNDS / 2];
  }

  private static int[] boundaries(List<Span> spans) {
    int[] ends = new int[Math.max(0, spans.size() - 1)];
    for (int i = 0; i < ends.length; i++) ends[i] = spans.get(i).end();
    return ends;
  }

  private static void printErrors(TestSet set, Splitter splitter) {
    for (Doc doc : set.docs()) {
      int[] found = boundaries(splitter.split(doc.text()));
      for (int b : found) {
        if (Arrays.binarySearch(doc.gold(), b) < 0) System.out.println(set.name() + " false split: " + around(doc, b));
      }
      for (int g : doc.gold()) {
        if (Arrays.binarySearch(found, g) < 0) System.out.println(set.name() + " missed: " + around(doc, g));
      }
    }
  }

  private static String around(Doc doc, int at) {
    String t = doc.text();
    return t.substring(Math.max(0, at - 40), at) + " ‖ " + t.substring(at, Math.min(t.length(), at + 40));
  }

  private static Splitter icu() {
    BreakIterator it = BreakIterator.getSentenceInstance(ULocale.forLanguageTag("ar"));
    return text -> {
      it.setText(text);
      List<Span> spans = new ArrayList<>();
      int start = it.first();
      for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
        addTrimmed(spans, text, start, end);
      }
      return spans;
    };
  }

  private static Splitter languageTool() {
    SentenceTokenizer tokenizer = new Arabic().createDefaultSentenceTokenizer();
    return text -> {
      List<Span> spans = new ArrayList<>();
      int start = 0;
      for (String sentence : tokenizer.tokenize(text)) {
        int at = text.indexOf(sentence, start);
        if (at < 0) throw new IllegalStateException("LanguageTool changed the text: " + sentence);
        addTrimmed(spans, text, at, at + sentence.length());
        start = at + sentence.length();
      }
      return spans;
    };
  }

  private static void addTrimmed(List<Span> spans, String text, int start, int end) {
    Span span = new Span(start, end).trim(text);
    if (span.length() > 0) spans.add(span);
  }

  private static TestSet pud(String file) throws IOException {
    Path path = DATA.resolve(file);
    if (!Files.isReadable(path)) {
      throw new IOException("benchmark data " + path.toAbsolutePath().normalize() + " is missing: run the benchmark"
          + " from the repository root with the shared data folder at ../shared/data");
    }
    Map<String, List<String>> byDoc = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length != 4) throw new IOException(path + " line " + (i + 1) + ": expected 4 tab-separated columns");
      byDoc.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[2].strip());
    }
    List<Doc> docs = new ArrayList<>();
    for (List<String> sentences : byDoc.values()) docs.add(doc(sentences));
    return new TestSet(file.replace(".tsv", ""), docs);
  }

  private static TestSet seeds() throws IOException {
    List<Doc> docs = new ArrayList<>();
    for (GoldParagraphs p : GoldParagraphs.seeds()) docs.add(doc(p.sentences()));
    return new TestSet("seeds (cleaned)", docs);
  }

  private static TestSet hardCases() throws IOException {
    List<Doc> docs = new ArrayList<>();
    for (HardCases c : HardCases.load()) docs.add(doc(c.sentences()));
    return new TestSet("hard-cases.tsv (ours)", docs);
  }

  private static Doc doc(List<String> sentences) {
    String text = String.join(" ", sentences);
    int[] gold = new int[sentences.size() - 1];
    int at = 0;
    for (int i = 0; i < gold.length; i++) {
      at += sentences.get(i).length();
      gold[i] = at;
      at++;
    }
    return new Doc(text, gold);
  }
}

package org.tarjama.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.loomchild.maligna.calculator.length.NormalDistributionCalculator;
import net.loomchild.maligna.calculator.length.counter.CharCounter;
import net.loomchild.maligna.coretypes.Alignment;
import net.loomchild.maligna.coretypes.CategoryDefaults;
import net.loomchild.maligna.filter.aligner.align.AlignAlgorithm;
import net.loomchild.maligna.filter.aligner.align.hmm.viterbi.ViterbiAlgorithm;
import net.loomchild.maligna.matrix.BandMatrixFactory;
import org.tarjama.align.Bead;
import org.tarjama.align.LengthModel;
import org.tarjama.align.SentenceAligner;
import org.tarjama.bench.AlignmentTestSet.Document;
import org.tarjama.bench.AlignmentTestSet.Indices;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.Backends;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.Translator;

/**
 * Sentence alignment on perturbed PUD document pairs ({@link AlignmentTestSet}, seed {@value #SEED}): strict F1
 * of tarjama with the gloss backend beside a length-only Gale–Church aligner from a library (mALIGNa's Viterbi
 * with its normal-distribution length calculator) and tarjama's own length-only mode; then the time to align a
 * 1,000-sentence document pair after translation. With the argument {@code tune}, searches the weights on the dev
 * half. {@code mvn -B -Pbench test-compile exec:java -Dexec.mainClass=org.tarjama.bench.AlignmentBenchmark}
 */
public final class AlignmentBenchmark {

  static final long SEED = 14;
  private static final Path DATA = Path.of("..", "shared", "data");

  private AlignmentBenchmark() {
  }

  /** Something that aligns sentence lists of one document pair. */
  interface Method {
    List<Indices> align(Document document, Map<String, String> glosses);
  }

  public static void main(String[] args) throws Exception {
    Path dev = DATA.resolve("pud-ar-en.dev.tsv");
    Path test = DATA.resolve("pud-ar-en.test.tsv");
    if (!Files.isRegularFile(dev) || !Files.isRegularFile(test)) {
      throw new IOException("run from the repository root with the shared data folder at ../shared/data");
    }
    List<Document> devDocs = AlignmentTestSet.build(AlignmentTestSet.read(dev), SEED);
    List<Document> testDocs = AlignmentTestSet.build(AlignmentTestSet.read(test), SEED);
    List<AlignmentTestSet.Row> all = new ArrayList<>(AlignmentTestSet.read(dev));
    all.addAll(AlignmentTestSet.read(test));
    Document thousand = AlignmentTestSet.longDocument(all, 1100, SEED);
    Map<String, String> glosses;
    try (Translator gloss = Backends.load().require("gloss").create(BackendSettings.fromEnvironment())) {
      glosses = translate(gloss, List.of(devDocs, testDocs, List.of(thousand)));
    }
    if (args.length > 0 && args[0].equals("tune")) {
      tune(devDocs, glosses);
      return;
    }
    Map<String, Method> methods = new java.util.LinkedHashMap<>();
    methods.put("tarjama + gloss", (d, g) -> tarjama(SentenceAligner.standard(), d, g));
    methods.put("tarjama length only", (d, g) -> tarjama(
        new SentenceAligner(LengthModel.ARABIC_ENGLISH, SentenceAligner.Weights.LENGTH_ONLY), d, g));
    methods.put("mALIGNa 3.0.1 Gale-Church", AlignmentBenchmark::maligna);
    System.out.printf("%-16s %-28s %6s %6s %6s %8s %10s%n", "set", "aligner", "P", "R", "F1", "F1 pairs", "docs/beads");
    for (Map.Entry<String, List<Document>> set : Map.of("pud-ar-en.dev", devDocs, "pud-ar-en.test", testDocs)
        .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      for (Map.Entry<String, Method> method : methods.entrySet()) {
        Score all1 = score(set.getValue(), glosses, method.getValue(), false);
        Score pairs = score(set.getValue(), glosses, method.getValue(), true);
        System.out.printf(Locale.ROOT, "%-16s %-28s %6.4f %6.4f %6.4f %8.4f %5d/%d%n", set.getKey(), method.getKey(),
            all1.precision(), all1.recall(), all1.f1(), pairs.f1(), set.getValue().size(), all1.gold);
      }
      System.out.println("  gold bead types: " + types(set.getValue()));
    }
    System.out.println();
    thresholds(testDocs, glosses);
    System.out.printf("%ntime to align one document pair of %d Arabic and %d English sentences (after translation),"
        + " median of 9 rounds:%n", thousand.ar().size(), thousand.en().size());
    for (Map.Entry<String, Method> method : methods.entrySet()) {
      double[] millis = new double[9];
      Score s = null;
      for (int round = 0; round < millis.length; round++) {
        long start = System.nanoTime();
        List<Indices> found = method.getValue().align(thousand, glosses);
        millis[round] = (System.nanoTime() - start) / 1e6;
        s = new Score().add(thousand.gold(), found);
      }
      Arrays.sort(millis);
      System.out.printf(Locale.ROOT, "  %-28s %8.1f ms  (F1 %.4f)%n", method.getKey(), millis[millis.length / 2], s.f1());
    }
  }

  private static Map<String, String> translate(Translator translator, List<List<Document>> sets) throws Exception {
    Set<String> unique = new HashSet<>();
    for (List<Document> set : sets) for (Document d : set) unique.addAll(d.ar());
    List<String> texts = new ArrayList<>(unique);
    Map<String, String> out = new HashMap<>();
    for (int start = 0; start < texts.size(); start += 500) {
      List<String> chunk = texts.subList(start, Math.min(texts.size(), start + 500));
      List<TranslationItem> items = new ArrayList<>();
      for (int k = 0; k < chunk.size(); k++) items.add(new TranslationItem("s" + k, chunk.get(k)));
      List<String> english = translator.translate(items);
      for (int k = 0; k < chunk.size(); k++) out.put(chunk.get(k), english.get(k));
    }
    return out;
  }

  static List<Indices> tarjama(SentenceAligner aligner, Document d, Map<String, String> glosses) {
    List<String> translations = d.ar().stream().map(glosses::get).toList();
    List<Indices> found = new ArrayList<>();
    for (Bead bead : aligner.align(d.ar(), translations, d.en())) found.add(new Indices(bead.arSents(), bead.enSents()));
    return found;
  }

  static List<Indices> maligna(Document d, Map<String, String> glosses) {
    AlignAlgorithm algorithm = new ViterbiAlgorithm(new NormalDistributionCalculator(new CharCounter()),
        CategoryDefaults.BEST_CATEGORY_MAP, new BandMatrixFactory());
    List<Indices> found = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (Alignment a : algorithm.align(d.ar(), d.en())) {
      List<Integer> ar = new ArrayList<>();
      List<Integer> en = new ArrayList<>();
      for (int k = 0; k < a.getSourceSegmentList().size(); k++) ar.add(i++);
      for (int k = 0; k < a.getTargetSegmentList().size(); k++) en.add(j++);
      if (!ar.isEmpty() || !en.isEmpty()) found.add(new Indices(ar, en));
    }
    return found;
  }

  private static Score score(List<Document> docs, Map<String, String> glosses, Method method, boolean pairsOnly) {
    Score score = new Score();
    for (Document d : docs) {
      List<Indices> gold = d.gold();
      List<Indices> found = method.align(d, glosses);
      if (pairsOnly) {
        gold = gold.stream().filter(b -> !b.ar().isEmpty() && !b.en().isEmpty()).toList();
        found = found.stream().filter(b -> !b.ar().isEmpty() && !b.en().isEmpty()).toList();
      }
      score.add(gold, found);
    }
    return score;
  }

  /** What --min-score keeps of tarjama's pair beads on the test half: how many, and how many of those are right. */
  private static void thresholds(List<Document> docs, Map<String, String> glosses) {
    SentenceAligner aligner = SentenceAligner.standard();
    double[] cuts = {0, 0.05, 0.1, 0.2, 0.3};
    int[] kept = new int[cuts.length];
    int[] right = new int[cuts.length];
    int goldPairs = 0;
    for (Document d : docs) {
      Set<Indices> gold = new HashSet<>(d.gold());
      goldPairs += (int) d.gold().stream().filter(b -> !b.ar().isEmpty() && !b.en().isEmpty()).count();
      for (Bead bead : aligner.align(d.ar(), d.ar().stream().map(glosses::get).toList(), d.en())) {
        if (!bead.isPair()) continue;
        boolean correct = gold.contains(new Indices(bead.arSents(), bead.enSents()));
        for (int c = 0; c < cuts.length; c++) {
          if (bead.score() >= cuts[c]) {
            kept[c]++;
            if (correct) right[c]++;
          }
        }
      }
    }
    System.out.println("pud-ar-en.test, tarjama + gloss, pair beads kept by --min-score (of " + goldPairs + " gold pairs):");
    for (int c = 0; c < cuts.length; c++) {
      System.out.printf(Locale.ROOT, "  --min-score %.2f  kept %3d  right %3d  precision %.4f  recall %.4f%n", cuts[c],
          kept[c], right[c], kept[c] == 0 ? 0 : (double) right[c] / kept[c], (double) right[c] / goldPairs);
    }
  }

  private static Map<String, Integer> types(List<Document> docs) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (Document d : docs) for (Indices b : d.gold()) counts.merge(b.type(), 1, Integer::sum);
    return counts;
  }

  /** Strict bead precision, recall and F1, micro-averaged: a bead counts only when both index lists are exact. */
  static final class Score {
    int gold;
    int found;
    int correct;

    Score add(List<Indices> goldBeads, List<Indices> foundBeads) {
      Set<Indices> g = new HashSet<>(goldBeads);
      gold += goldBeads.size();
      found += foundBeads.size();
      for (Indices b : foundBeads) if (g.contains(b)) correct++;
      return this;
    }

    double precision() {
      return found == 0 ? 0 : (double) correct / found;
    }

    double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private static void tune(List<Document> devDocs, Map<String, String> glosses) {
    search(devDocs, glosses, new double[] {4, 6, 8, 10}, new double[] {1, 2, 3, 4}, new double[] {0.25, 0.5, 1},
        new double[] {6, 10, 15, 20});
    search(devDocs, glosses, new double[] {1, 2, 3, 4, 6}, new double[] {0, 0.5, 1, 2, 3}, new double[] {1},
        new double[] {0});
  }

  private static void search(List<Document> devDocs, Map<String, String> glosses, double[] skips, double[] merges,
                             double[] lengths, double[] similarities) {
    double best = -1;
    SentenceAligner.Weights bestWeights = null;
    for (double skip : skips) {
      for (double merge : merges) {
        for (double length : lengths) {
          for (double similarity : similarities) {
            SentenceAligner.Weights w = new SentenceAligner.Weights(skip, merge, merge + 2, length, similarity);
            SentenceAligner aligner = new SentenceAligner(LengthModel.ARABIC_ENGLISH, w);
            Score s = score(devDocs, glosses, (d, g) -> tarjama(aligner, d, g), false);
            if (s.f1() > best) {
              best = s.f1();
              bestWeights = w;
              System.out.printf(Locale.ROOT, "dev F1 %.4f with %s%n", best, w);
            }
          }
        }
      }
    }
    System.out.println("best: " + bestWeights);
  }
}

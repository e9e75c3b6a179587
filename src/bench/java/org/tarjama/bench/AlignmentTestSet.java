package org.tarjama.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An alignment test built from a PUD TSV (doc_id, sent_id, ar_text, en_text): consecutive PUD documents are
 * joined into document pairs of very different sizes, then perturbed the way real article pairs differ, with a
 * fixed seed. Each document keeps its gold beads as 0-based index lists.
 */
final class AlignmentTestSet {

  static final double MERGE_ENGLISH = 0.10;
  static final double MERGE_ARABIC = 0.06;
  static final double DROP_ENGLISH = 0.05;
  static final double DROP_ARABIC = 0.05;
  static final double TRUNCATED_ENGLISH = 0.15;

  /** One sentence pair of the source data. */
  record Row(String doc, String ar, String en) {
  }

  /** A gold or found bead: index lists of each side. */
  record Indices(List<Integer> ar, List<Integer> en) {
    String type() {
      return ar.size() + "-" + en.size();
    }
  }

  /** One perturbed document pair and its gold alignment. */
  record Document(String id, List<String> ar, List<String> en, List<Indices> gold) {
  }

  private AlignmentTestSet() {
  }

  static List<Row> read(Path tsv) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length == 4) rows.add(new Row(f[0], f[2], f[3]));
    }
    return rows;
  }

  /** Document pairs of 2 to 80 sentence pairs, each a run of whole PUD documents, perturbed with {@code seed}. */
  static List<Document> build(List<Row> rows, long seed) {
    Random random = new Random(seed);
    List<List<Row>> pudDocs = new ArrayList<>();
    for (Row row : rows) {
      if (pudDocs.isEmpty() || !pudDocs.get(pudDocs.size() - 1).get(0).doc().equals(row.doc())) pudDocs.add(new ArrayList<>());
      pudDocs.get(pudDocs.size() - 1).add(row);
    }
    List<Document> documents = new ArrayList<>();
    int d = 0;
    while (d < pudDocs.size()) {
      int[] sizes = {3, 8, 20, 40, 80};
      int target = sizes[random.nextInt(sizes.length)];
      List<Row> joined = new ArrayList<>();
      String first = pudDocs.get(d).get(0).doc();
      while (d < pudDocs.size() && joined.size() < target) joined.addAll(pudDocs.get(d++));
      documents.add(perturb(first + "+" + joined.size(), joined, random));
    }
    return documents;
  }

  /** One long document pair of {@code size} rows, perturbed, for timing. */
  static Document longDocument(List<Row> rows, int size, long seed) {
    return perturb("long", cycled(rows, size), new Random(seed), false);
  }

  /** The rows over and over until there are {@code size}. */
  private static List<Row> cycled(List<Row> rows, int size) {
    List<Row> out = new ArrayList<>();
    while (out.size() < size) out.addAll(rows.subList(0, Math.min(rows.size(), size - out.size())));
    return out;
  }

  private static Document perturb(String id, List<Row> rows, Random random) {
    return perturb(id, rows, random, true);
  }

  private static Document perturb(String id, List<Row> rows, Random random, boolean mayTruncate) {
    List<String> ar = new ArrayList<>();
    List<String> en = new ArrayList<>();
    List<Indices> gold = new ArrayList<>();
    int keepEnglish = rows.size();
    if (mayTruncate && rows.size() >= 6 && random.nextDouble() < TRUNCATED_ENGLISH) {
      keepEnglish = rows.size() / 2 + random.nextInt(rows.size() / 4 + 1);
    }
    int k = 0;
    while (k < rows.size()) {
      Row row = rows.get(k);
      boolean english = k < keepEnglish;
      double r = random.nextDouble();
      boolean canJoin = k + 1 < rows.size() && k + 1 < keepEnglish;
      if (english && canJoin && r < MERGE_ENGLISH) {
        gold.add(new Indices(List.of(ar.size(), ar.size() + 1), List.of(en.size())));
        ar.add(row.ar());
        ar.add(rows.get(k + 1).ar());
        en.add(row.en() + " " + rows.get(k + 1).en());
        k += 2;
      } else if (english && canJoin && r < MERGE_ENGLISH + MERGE_ARABIC) {
        gold.add(new Indices(List.of(ar.size()), List.of(en.size(), en.size() + 1)));
        ar.add(row.ar() + " " + rows.get(k + 1).ar());
        en.add(row.en());
        en.add(rows.get(k + 1).en());
        k += 2;
      } else if (!english || r < MERGE_ENGLISH + MERGE_ARABIC + DROP_ENGLISH) {
        gold.add(new Indices(List.of(ar.size()), List.of()));
        ar.add(row.ar());
        k++;
      } else if (r < MERGE_ENGLISH + MERGE_ARABIC + DROP_ENGLISH + DROP_ARABIC) {
        gold.add(new Indices(List.of(), List.of(en.size())));
        en.add(row.en());
        k++;
      } else {
        gold.add(new Indices(List.of(ar.size()), List.of(en.size())));
        ar.add(row.ar());
        en.add(row.en());
        k++;
      }
    }
    return new Document(id, ar, en, gold);
  }
}

package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarjama.model.AlignedPair;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.UnalignedSentence;

/**
 * Every file {@code tarjama align} writes, in a translate run's layout so that export and the review page read it:
 * pairs.jsonl (every aligned bead, with {@code bead}, {@code ar_sents}, {@code en_sents} and {@code score}),
 * corpus.tmx, corpus.ar/.en and corpus.tsv (the beads scoring at least the minimum), unaligned.jsonl (1-0 and
 * 0-1 beads with their position) and articles/&lt;id&gt;.json (the cleaned Arabic). Files appear on {@link #commit()}.
 */
public final class AlignmentOutput implements AutoCloseable {

  public static final String UNALIGNED = "unaligned.jsonl";

  private final Path folder;
  private final PairsJsonlWriter pairs;
  private final List<CorpusWriter> corpus = new ArrayList<>();
  private final AtomicFile unaligned;
  /** Article files written under temporary names, put in place together on commit, as translate's are. */
  private final List<AtomicFile.Staged> articles = new ArrayList<>();
  private final Set<String> articleNames = new HashSet<>();

  private AlignmentOutput(Path folder, PairsJsonlWriter pairs, AtomicFile unaligned) {
    this.folder = folder;
    this.pairs = pairs;
    this.unaligned = unaligned;
  }

  public static AlignmentOutput open(Path folder, String toolVersion) throws IOException {
    AlignmentOutput output = new AlignmentOutput(folder, new PairsJsonlWriter(folder.resolve(OutputSet.PAIRS)),
        AtomicFile.open(folder.resolve(UNALIGNED)));
    try {
      output.corpus.add(new TmxWriter(folder.resolve(OutputSet.TMX), toolVersion));
      output.corpus.add(new MosesWriter(folder.resolve(OutputSet.MOSES_AR), folder.resolve(OutputSet.MOSES_EN)));
      output.corpus.add(new TsvWriter(folder.resolve(OutputSet.TSV)));
    } catch (IOException e) {
      output.close();
      throw e;
    }
    return output;
  }

  /** Writes one document pair; only the aligned pairs scoring at least {@code minScore} go into the corpus files. */
  public void write(Article article, List<AlignedPair> aligned, List<UnalignedSentence> left, double minScore)
      throws IOException {
    AtomicFile.Staged staged = ArticleJson.stage(folder.resolve(OutputSet.ARTICLES), article);
    articles.add(staged);
    articleNames.add(staged.target().getFileName().toString());
    List<Pair> kept = new ArrayList<>();
    for (AlignedPair a : aligned) {
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("bead", a.bead());
      extra.put("ar_sents", a.arSents());
      extra.put("en_sents", a.enSents());
      extra.put("score", a.score());
      pairs.write(a.pair(), extra);
      if (a.score() >= minScore) kept.add(a.pair());
    }
    for (CorpusWriter writer : corpus) writer.write(article, kept);
    for (UnalignedSentence s : left) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("doc", s.doc());
      line.put("bead", s.bead());
      line.put("side", s.side());
      line.put(s.side().equals("ar") ? "ar_sents" : "en_sents", List.of(s.index()));
      line.put("text", s.text());
      if (!s.translation().isEmpty()) line.put("mt", s.translation());
      unaligned.writer().write(PairJson.MAPPER.writeValueAsString(line));
      unaligned.writer().write('\n');
    }
  }

  public void commit() throws IOException {
    pairs.commit();
    for (CorpusWriter writer : corpus) writer.commit();
    unaligned.commit();
    for (AtomicFile.Staged article : articles) article.commit();
    articles.clear();
    OutputSet.removeStaleArticles(folder, articleNames);
  }

  @Override
  public void close() throws IOException {
    IOException first = AtomicFile.Staged.discardAll(articles);
    List<AutoCloseable> all = new ArrayList<>(corpus);
    all.add(0, pairs::close);
    all.add(unaligned);
    for (AutoCloseable c : all) {
      try {
        c.close();
      } catch (IOException e) {
        if (first == null) first = e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    if (first != null) throw first;
  }
}

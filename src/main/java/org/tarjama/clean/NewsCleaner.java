package org.tarjama.clean;

import org.tarjama.model.FlaggedLine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Removal;

/**
 * The cleaner for scraped Arabic news: normalises every line ({@link TextNormalizer}), then removes
 * boilerplate line by line, recording each removal with its reason. A kept line is one paragraph.
 *
 * <p>Order: per-line rules (photo and file names cut out of the text, boilerplate phrases, times, dates,
 * counts, bare links, the batch's template), then rules over the whole article ({@link ArticleLayout}).
 * Blank lines carry no text and are dropped without a record. When unsure, a line is kept and flagged.
 * A cleaner holds no per-article state and may be shared between threads once its template has learnt.
 */
public final class NewsCleaner implements Cleaner {

  private final TextNormalizer normalizer = new TextNormalizer();
  private final BoilerplatePhrases phrases;
  private final BatchTemplate template;

  public NewsCleaner() {
    this(BoilerplatePhrases.builtIn(), BatchTemplate.none());
  }

  public NewsCleaner(BatchTemplate template) {
    this(BoilerplatePhrases.builtIn(), template);
  }

  public NewsCleaner(BoilerplatePhrases phrases, BatchTemplate template) {
    this.phrases = phrases;
    this.template = template;
  }

  @Override
  public boolean learnsTemplates() {
    return true;
  }

  @Override
  public Cleaner forBatch(BatchTemplate batchTemplate) {
    return new NewsCleaner(phrases, batchTemplate);
  }

  @Override
  public CleanText clean(String articleId, String text) {
    SourceLines raw = SourceLines.of(text);
    List<ArticleLine> lines = new ArrayList<>(raw.size());
    List<Removal> removals = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      ArticleLine line = new ArticleLine(i + 1, normalizer.normalize(raw, i));
      lines.add(line);
      if (line.blank()) continue;
      cutFileNames(line);
      if (line.kept()) judge(line);
    }
    ArticleLayout.apply(lines);
    List<Paragraph> paragraphs = new ArrayList<>();
    List<FlaggedLine> flags = new ArrayList<>();
    for (ArticleLine line : lines) {
      removals.addAll(line.fragments);
      if (line.removal != null) {
        removals.add(new Removal(line.number, line.text, line.removal));
      } else if (!line.blank()) {
        paragraphs.add(new Paragraph(paragraphs.size() + 1, line.number, line.text));
        if (line.flag != null) flags.add(new FlaggedLine(line.number, line.text, line.flag));
      }
    }
    removals.sort(Comparator.comparingInt(Removal::line));
    return new CleanText(paragraphs, removals, flags);
  }

  private void judge(ArticleLine line) {
    line.phrase = phrases.match(line);
    if (line.phrase != null) {
      line.remove(line.phrase.kind().reason(line.phrase.describe()));
      return;
    }
    String reason = LineRules.judge(line.text, line.folded());
    if (reason != null) {
      line.remove(reason);
      return;
    }
    BatchTemplate.Verdict verdict = template.verdict(line.key(), line.sentenceLike());
    if (verdict != null && verdict.remove()) line.remove(verdict.reason());
    else if (verdict != null) line.flag(verdict.reason());
  }

  /** Photo and file names go, also when glued to a sentence; the sentence stays. */
  private static void cutFileNames(ArticleLine line) {
    List<int[]> names = LineRules.fileNames(line.text, line.hasAsciiLetter());
    if (names.isEmpty()) return;
    int covered = names.stream().mapToInt(n -> n[1] - n[0]).sum();
    if (line.words() == names.size() && covered * 2 > line.text.length()) {
      line.remove(RemovalKind.FILE_NAME.reason("a photo or file name alone on a line"));
      return;
    }
    for (int k = names.size() - 1; k >= 0; k--) {
      line.cut(names.get(k)[0], names.get(k)[1],
          RemovalKind.FILE_NAME.reason("a photo or file name glued to the text; the text stays"));
    }
    Collections.reverse(line.fragments);
  }
}

package org.tarjama.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tarjama.export.AtomicFile;
import org.tarjama.model.Article;
import org.tarjama.model.Segment;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchPacker;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.Translator;
import org.tarjama.translate.http.llm.Glossary;
import org.tarjama.translate.http.llm.RecurringNames;

/**
 * {@code -o auto-glossary=true}: before the run, the batch's recurring names ({@link RecurringNames}) are translated
 * once and written with the user's own glossary terms to {@value #FILE} in the output folder, which every request
 * then gets as its glossary, so a name is spelled alike in every request.
 */
public final class AutoGlossary {

  public static final String OPTION = "auto-glossary";
  public static final String FILE = "glossary.auto.tsv";
  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

  private AutoGlossary() {
  }

  /** What the first pass made: the glossary file, or why there is none. */
  public record Result(Optional<Path> file, String message) {
  }

  public static Result build(Pipeline pipeline, List<String> inputs, Translator translator, Path out,
                             Optional<Path> userGlossary) throws IOException {
    RecurringNames names = new RecurringNames();
    forEachSentence(pipeline, inputs, translator, names::propose);
    forEachSentence(pipeline, inputs, translator, names::count);
    List<String> recurring = names.recurring();
    if (recurring.isEmpty()) return new Result(Optional.empty(), "auto-glossary: no recurring names found");
    Map<String, String> terms = new LinkedHashMap<>();
    if (userGlossary.isPresent()) userGlossary.map(AutoGlossary::read).orElseThrow().forEach(t -> terms.put(t.arabic(), t.english()));
    List<TranslationItem> items = new ArrayList<>();
    for (int i = 0; i < recurring.size(); i++) {
      if (!terms.containsKey(recurring.get(i))) items.add(new TranslationItem("name-" + (i + 1), recurring.get(i)));
    }
    int added = 0;
    try {
      for (List<TranslationItem> batch : BatchPacker.pack(items, translator.limits())) {
        List<String> english = translator.translate(batch);
        for (int i = 0; i < batch.size(); i++) {
          String en = english.get(i).strip();
          // a rendering with Arabic left in it, or spread over lines, would teach the model the wrong thing
          if (en.isEmpty() || ARABIC.matcher(en).find() || en.contains("\n") || en.contains("\t")) continue;
          terms.put(batch.get(i).text(), en);
          added++;
        }
      }
    } catch (BackendException e) {
      return new Result(Optional.empty(), "auto-glossary: the names could not be translated (" + e.getMessage()
          + "); the run goes on without it");
    }
    StringBuilder text = new StringBuilder("# recurring names of this batch, translated once by " + translator.name()
        + "; the user's glossary terms first\n");
    terms.forEach((ar, en) -> text.append(ar).append('\t').append(en).append('\n'));
    Path file = out.resolve(FILE);
    AtomicFile.write(file, text.toString());
    return new Result(Optional.of(file), "auto-glossary: " + added + " recurring names in " + file);
  }

  private static List<Glossary.Term> read(Path file) {
    try {
      return Glossary.read(file).terms();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void forEachSentence(Pipeline pipeline, List<String> inputs, Translator translator,
                                      java.util.function.Consumer<String> visit) {
    Iterator<Article> articles = pipeline.articles(inputs, skipped -> { }, translator.limits().maxItemChars());
    while (articles.hasNext()) {
      for (Segment segment : articles.next().segments()) visit.accept(segment.text());
    }
  }
}

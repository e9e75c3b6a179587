package org.tarjama.translate.gloss;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Glosses one Arabic word: tries each {@link Reading} against the function words first, then against the
 * dictionary (the stem, then the stem with ال since many headwords carry the article), and renders the clitics
 * around the stem's English: {@code وبالتعاون} → {@code and-with-the-cooperation}. Results are cached per word.
 */
final class Lexicon {

  static final String UNKNOWN_OPEN = "⟨";
  static final String UNKNOWN_CLOSE = "⟩";
  private static final int CACHE_LIMIT = 200_000;
  private static final Map<String, String> CLITICS = Map.of(
      "و", "and", "ف", "so", "ب", "with", "ل", "for", "ك", "like", "س", "will");
  private static final Map<String, String> POSSESSIVE = Map.of(
      "ه", "his", "ها", "its", "هم", "their", "هما", "their", "هن", "their", "كم", "your", "كما", "your",
      "نا", "our");
  private static final Map<String, String> OBJECT = Map.of(
      "ه", "him", "ها", "it", "هم", "them", "هما", "them", "هن", "them", "كم", "you", "كما", "you",
      "نا", "us");
  private static final Map<String, String> SUBJECT = Map.of(
      "ه", "he", "ها", "it", "هم", "they", "هما", "they", "هن", "they", "كم", "you", "كما", "you",
      "نا", "we");

  private final FreeDict dictionary;
  private final FunctionWords functionWords;
  private final EnglishUsage usage;
  private final Romaniser romaniser = new Romaniser();
  private final Map<String, WordGloss> cache = new ConcurrentHashMap<>();

  Lexicon(FreeDict dictionary, FunctionWords functionWords, EnglishUsage usage) {
    this.dictionary = dictionary;
    this.functionWords = functionWords;
    this.usage = usage;
  }

  WordGloss gloss(String word) {
    // Bounded so a very large corpus cannot fill the heap with rare word forms; past it they are looked up each time.
    if (cache.size() < CACHE_LIMIT) return cache.computeIfAbsent(word, this::lookUp);
    WordGloss cached = cache.get(word);
    return cached != null ? cached : lookUp(word);
  }

  private WordGloss lookUp(String word) {
    List<Reading> readings = Affixes.readings(LookupKey.exact(word));
    for (Reading r : readings) {
      Optional<String> english = asFunctionWord(r);
      if (english.isPresent()) return new WordGloss(word, english.get(), r);
    }
    // Headwords written exactly like a reading first, then those equal only once alef, yaa and taa are folded.
    for (boolean exactOnly : new boolean[] {true, false}) {
      for (Reading r : readings) {
        Optional<String> english = fromDictionary(r, exactOnly);
        if (english.isPresent()) return new WordGloss(word, english.get(), r);
      }
    }
    return new WordGloss(word, UNKNOWN_OPEN + romaniser.romanise(word) + UNKNOWN_CLOSE, null);
  }

  private Optional<String> asFunctionWord(Reading r) {
    if (r.article() || r.presentTense() || !r.ending().isEmpty()) return Optional.empty();
    boolean suffixed = !r.pronoun().isEmpty();
    return functionWords.find(r.stem(), suffixed).filter(w -> w.kind() != FunctionWords.Kind.WORD).map(w -> {
      String pronoun = switch (w.kind()) {
        case PREPOSITION, HOST -> OBJECT.get(r.pronoun());
        case PARTICLE -> SUBJECT.get(r.pronoun());
        case OTHER, WORD -> POSSESSIVE.get(r.pronoun());
      };
      return render(r, false, w.english(), suffixed ? pronoun : null);
    });
  }

  private Optional<String> fromDictionary(Reading r, boolean exactOnly) {
    String stem = r.stem();
    boolean definiteStem = stem.startsWith("ال") && stem.length() > 3;
    boolean definite = r.article() || definiteStem;
    @Nullable String pronoun = r.pronoun().isEmpty() ? null : POSSESSIVE.get(r.pronoun());
    List<FreeDict.Entry> entries = entries(stem, definiteStem ? stem.substring(2) : "ال" + stem, exactOnly);
    if (entries.isEmpty()) {
      if (exactOnly) return Optional.empty();
      return functionWords.findContentWord(stem)
          .map(w -> render(r, definite && !Character.isUpperCase(w.english().charAt(0)), w.english(), pronoun));
    }
    List<Sense> senses = senses(entries, definite);
    return best(senses).map(sense -> {
      boolean nameLikely = !definite && senses.size() == 1;
      String english = usage.cased(sense, nameLikely).replace(' ', '_');
      boolean the = definite && !Character.isUpperCase(english.charAt(0));
      return render(r, the, english, pronoun);
    });
  }

  /**
   * The entries for a stem and for its other form (with or without ال). With {@code exactOnly}, only headwords
   * written like the text: علي is the name Ali though it folds to على (on), and بلاده is بلاد + ه though it folds to
   * بلادة (dullness).
   */
  private List<FreeDict.Entry> entries(String stem, String otherForm, boolean exactOnly) {
    List<FreeDict.Entry> all = new ArrayList<>(dictionary.lookup(stem));
    if (otherForm.length() >= 2) all.addAll(dictionary.lookup(otherForm));
    if (!exactOnly) return all;
    String exact = LookupKey.exact(stem);
    String exactOther = LookupKey.exact(otherForm);
    return all.stream().filter(e -> e.headword().equals(exact) || e.headword().equals(exactOther)).toList();
  }

  /** A dictionary sense; {@code matching} when its headword agrees with the word on the article. */
  private record Sense(String english, boolean matching) {
  }

  private List<Sense> senses(List<FreeDict.Entry> entries, boolean definite) {
    Map<String, Sense> senses = new LinkedHashMap<>();
    for (FreeDict.Entry entry : entries) {
      boolean matching = entry.headword().startsWith("ال") == definite;
      for (String raw : dictionary.senses(entry)) {
        String english = raw.replaceAll("\\s*\\([^)]*\\)", "").strip();
        if (english.isEmpty()) continue;
        senses.merge(english, new Sense(english, matching), (a, b) -> a.matching() ? a : b);
      }
    }
    return List.copyOf(senses.values());
  }

  /**
   * The most common English sense by WordNet's counts, weighted eightfold for senses of the headword that agrees
   * with the word on the article (التعاون: cooperation, not the verb تعاون: cooperate), so the other form's senses
   * win only where the agreeing headword's are rare (نظام: Sys); ties go to a single word, then dictionary order.
   * FreeDict lists senses alphabetically, so its first sense alone is often the rarest ("Advocacies" for دفاع).
   */
  private Optional<String> best(List<Sense> senses) {
    @Nullable String best = null;
    long bestScore = Long.MIN_VALUE;
    for (int order = 0; order < senses.size(); order++) {
      Sense sense = senses.get(order);
      boolean oneWord = sense.english().indexOf(' ') < 0;
      long count = (long) usage.frequency(sense.english()) * (sense.matching() ? 8 : 1);
      long score = count * 4096 + (oneWord ? 2048 : 0) - Math.min(order, 2047);
      if (score > bestScore) {
        bestScore = score;
        best = sense.english();
      }
    }
    return Optional.ofNullable(best);
  }

  private static String render(Reading r, boolean the, String english, @Nullable String pronoun) {
    StringBuilder out = new StringBuilder();
    if (!r.conjunction().isEmpty()) out.append(CLITICS.get(r.conjunction())).append('-');
    if (!r.preposition().isEmpty()) out.append(CLITICS.get(r.preposition())).append('-');
    if (the) out.append("the-");
    out.append(english);
    if (pronoun != null) out.append('-').append(pronoun);
    return out.toString();
  }
}

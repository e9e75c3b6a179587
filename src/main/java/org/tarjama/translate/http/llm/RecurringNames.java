package org.tarjama.translate.http.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the personal names a batch of Arabic articles keeps coming back to, for a glossary that makes every request
 * spell them alike: the words after a title ({@code اللواء محمد باقري}), names in quotes ({@code «باقري»}), and the
 * last word of each (a surname stands alone later). A candidate is kept when it occurs at least twice in the batch.
 * Two streaming passes (propose, then count), so memory holds the candidates only, never the batch.
 */
public final class RecurringNames {

  /** Titles that precede a personal name in news Arabic. */
  private static final Set<String> TITLES = Set.of("اللواء", "العماد", "الرئيس", "الوزير", "السيد", "السيدة", "الجنرال",
      "الشيخ", "العميد", "العقيد", "الدكتور", "المستشار", "الأمير", "الملك", "المشير", "الفريق", "النائب", "القاضي");
  /** Words that end a name rather than belong to it. */
  private static final Set<String> NOT_A_NAME = Set.of("في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "قد", "كان",
      "التي", "الذي", "الذين", "خلال", "بعد", "قبل", "هذا", "هذه", "وزير", "رئيس", "قائد", "إيران", "سوريا", "تركيا",
      "الإيراني", "السوري", "الأمريكي", "الروسي", "التركي", "اليوم", "أمس", "بين", "حول", "لدى", "عند", "كما", "أنه", "إنه");
  private static final Pattern WORD = Pattern.compile("[\\p{IsArabic}&&\\p{L}]+");
  private static final Pattern QUOTED = Pattern.compile("[«\"“]([\\p{IsArabic}&&\\p{L}]+(?: [\\p{IsArabic}&&\\p{L}]+)?)[»\"”]");
  private static final int MIN_OCCURRENCES = 2;
  private static final int MOST = 60;

  private static final int MOST_CANDIDATES = 5_000;

  private final Map<String, Integer> candidates = new LinkedHashMap<>();

  /** First pass, one sentence of the batch at a time: collects candidate names. */
  public void propose(String sentence) {
    List<String> words = words(sentence);
    for (int i = 0; i < words.size() - 1; i++) {
      String title = stripConjunction(words.get(i));
      if (!TITLES.contains(title)) continue;
      List<String> name = new ArrayList<>();
      for (int j = i + 1; j < words.size() && name.size() < 2 && !NOT_A_NAME.contains(words.get(j))
          && !TITLES.contains(words.get(j)); j++) {
        name.add(words.get(j));
      }
      propose(name);
    }
    for (Matcher m = QUOTED.matcher(sentence); m.find(); ) propose(List.of(m.group(1).split(" ")));
  }

  private void propose(List<String> name) {
    if (name.isEmpty() || name.stream().anyMatch(NOT_A_NAME::contains) || candidates.size() >= MOST_CANDIDATES) return;
    candidates.putIfAbsent(String.join(" ", name), 0);
    String last = name.get(name.size() - 1);
    if (last.length() >= 3 && !last.startsWith("ال")) candidates.putIfAbsent(last, 0);
  }

  /** Second pass, one sentence at a time: counts the candidates' occurrences (a leading و، ب، ل or ف allowed). */
  public void count(String sentence) {
    List<String> words = words(sentence);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String bare = candidates.containsKey(word) || word.length() < 4 || "وبلف".indexOf(word.charAt(0)) < 0
          ? word : word.substring(1);
      candidates.computeIfPresent(bare, (k, n) -> n + 1);
      if (i + 1 < words.size()) candidates.computeIfPresent(bare + " " + words.get(i + 1), (k, n) -> n + 1);
    }
  }

  /** The candidates counted at least twice, most frequent first. */
  public List<String> recurring() {
    return candidates.entrySet().stream().filter(e -> e.getValue() >= MIN_OCCURRENCES)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MOST).map(Map.Entry::getKey).toList();
  }

  private static List<String> words(String sentence) {
    List<String> words = new ArrayList<>();
    for (Matcher m = WORD.matcher(sentence); m.find(); ) words.add(m.group());
    return words;
  }

  // "واللواء" is the title with "and" in front
  private static String stripConjunction(String word) {
    return word.length() > 3 && word.startsWith("و") && TITLES.contains(word.substring(1)) ? word.substring(1) : word;
  }

}

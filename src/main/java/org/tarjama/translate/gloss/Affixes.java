package org.tarjama.translate.gloss;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The clitics and endings an Arabic word may carry, and the readings of a word they allow, most likely first:
 * the word as written, then fewer letters cut from the end (endings are riskier to cut than clitics), then fewer
 * clitics, and imperfect-verb prefixes last. A stem keeps at least two letters.
 */
final class Affixes {

  static final List<String> CONJUNCTIONS = List.of("", "و", "ف");
  static final List<String> PREPOSITIONS = List.of("", "ب", "ل", "ك", "س");
  /** Attached pronouns; not ني (me), whose cut would break nisba adjectives such as أمني and وطني. */
  static final List<String> PRONOUNS = List.of("", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا");
  /** Inflectional endings: feminine, plurals, duals, accusative alef, past-tense person endings. */
  static final List<String> ENDINGS = List.of("", "ة", "ات", "ون", "ين", "ان", "تين", "تان", "ا", "وا", "تا", "ت");
  /** Endings after which the stem may have ended in ة (اتفاقيات, حكومته). */
  private static final Set<String> AFTER_TAA_MARBUTA = Set.of("ات", "تين", "تان", "ت");
  private static final String PRESENT_PREFIXES = "يتنأ";
  private static final int MIN_STEM = 2;

  private static final Comparator<Reading> LIKELY_FIRST = Comparator
      .comparing(Reading::presentTense)
      .thenComparingInt(Reading::suffixLength)
      .thenComparingInt(Reading::prefixCount);

  private Affixes() {
  }

  /** Every reading of {@code word} (already without harakat), most likely first. */
  static List<Reading> readings(String word) {
    Set<Reading> found = new LinkedHashSet<>();
    found.add(new Reading("", "", false, false, word, "", ""));
    for (String conjunction : CONJUNCTIONS) {
      for (String preposition : PREPOSITIONS) {
        for (boolean article : new boolean[] {false, true}) {
          if (article && preposition.equals("س")) continue;
          String prefix = conjunction + preposition + (article ? (preposition.equals("ل") ? "ل" : "ال") : "");
          if (!word.startsWith(prefix)) continue;
          String rest = word.substring(prefix.length());
          if (rest.length() < MIN_STEM) continue;
          addEndings(found, conjunction, preposition, article, false, rest);
          if (!article && rest.length() > MIN_STEM + 1 && PRESENT_PREFIXES.indexOf(rest.charAt(0)) >= 0) {
            addEndings(found, conjunction, preposition, false, true, rest.substring(1));
            addEndings(found, conjunction, preposition, false, true, "أ" + rest.substring(1));
          }
        }
      }
    }
    List<Reading> ordered = new ArrayList<>(found);
    ordered.sort(LIKELY_FIRST);
    return ordered;
  }

  private static void addEndings(Set<Reading> into, String conjunction, String preposition, boolean article,
                                 boolean present, String rest) {
    for (String pronoun : PRONOUNS) {
      if (!rest.endsWith(pronoun) || rest.length() - pronoun.length() < MIN_STEM) continue;
      String body = rest.substring(0, rest.length() - pronoun.length());
      for (String end : ENDINGS) {
        if (!body.endsWith(end) || body.length() - end.length() < MIN_STEM) continue;
        String base = body.substring(0, body.length() - end.length());
        if (AFTER_TAA_MARBUTA.contains(end)) {
          into.add(new Reading(conjunction, preposition, article, present, base + "ة", end, pronoun));
        }
        into.add(new Reading(conjunction, preposition, article, present, base, end, pronoun));
        // A final hamza takes a seat before a suffix: لقاء + ه is written لقائه.
        if (!pronoun.isEmpty() && end.isEmpty() && (base.endsWith("ئ") || base.endsWith("ؤ"))) {
          into.add(new Reading(conjunction, preposition, article, present, base.substring(0, base.length() - 1) + "ء",
              end, pronoun));
        }
      }
    }
  }
}

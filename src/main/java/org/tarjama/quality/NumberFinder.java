package org.tarjama.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the numbers written in a text: digits of any script (Western, Arabic-Indic ٠–٩, Persian ۰–۹), with
 * {@code ,}/{@code ٬} as thousands and {@code .}/{@code ٫} as decimal separators, and a scale word right after
 * ({@code 150 ألف}, {@code 1.5 billion}). English number words up to ninety count as numbers too.
 */
final class NumberFinder {

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
      Map.entry("مئة", BigDecimal.valueOf(100)), Map.entry("مائة", BigDecimal.valueOf(100)),
      Map.entry("الف", BigDecimal.valueOf(1_000)), Map.entry("الفا", BigDecimal.valueOf(1_000)),
      Map.entry("الاف", BigDecimal.valueOf(1_000)),
      Map.entry("مليون", BigDecimal.valueOf(1_000_000)), Map.entry("مليونا", BigDecimal.valueOf(1_000_000)),
      Map.entry("ملايين", BigDecimal.valueOf(1_000_000)),
      Map.entry("مليار", BigDecimal.valueOf(1_000_000_000)), Map.entry("مليارا", BigDecimal.valueOf(1_000_000_000)),
      Map.entry("مليارات", BigDecimal.valueOf(1_000_000_000)), Map.entry("بليون", BigDecimal.valueOf(1_000_000_000)),
      Map.entry("تريليون", BigDecimal.valueOf(1_000_000_000_000L)), Map.entry("ترليون", BigDecimal.valueOf(1_000_000_000_000L)),
      Map.entry("hundred", BigDecimal.valueOf(100)), Map.entry("hundreds", BigDecimal.valueOf(100)),
      Map.entry("thousand", BigDecimal.valueOf(1_000)), Map.entry("thousands", BigDecimal.valueOf(1_000)),
      Map.entry("million", BigDecimal.valueOf(1_000_000)), Map.entry("millions", BigDecimal.valueOf(1_000_000)),
      Map.entry("billion", BigDecimal.valueOf(1_000_000_000)), Map.entry("billions", BigDecimal.valueOf(1_000_000_000)),
      Map.entry("bn", BigDecimal.valueOf(1_000_000_000)),
      Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)),
      Map.entry("trillions", BigDecimal.valueOf(1_000_000_000_000L)));
  private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty");
  private static final List<String> TENS = List.of("thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  /** A number as written, and the values it may stand for (itself, and itself times a following scale word). */
  record Found(String written, List<BigDecimal> values) {
  }

  private NumberFinder() {
  }

  static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (digit(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder ascii = new StringBuilder();
      while (i < text.length()) {
        char c = text.charAt(i);
        if (digit(c) >= 0) {
          ascii.append((char) ('0' + digit(c)));
        } else if (separator(c) != 0 && i + 1 < text.length() && digit(text.charAt(i + 1)) >= 0) {
          ascii.append(separator(c));
        } else {
          break;
        }
        i++;
      }
      @Nullable BigDecimal scale = scaleAfter(text, i);
      for (BigDecimal value : values(ascii.toString())) {
        List<BigDecimal> values = new ArrayList<>(List.of(value));
        if (scale != null) values.add(value.multiply(scale));
        found.add(new Found(text.substring(start, i), values));
      }
    }
    return found;
  }

  /** The values of numbers written anywhere in {@code text}, digits or English words. */
  static List<BigDecimal> valuesIn(String text) {
    List<BigDecimal> values = new ArrayList<>();
    for (Found f : find(text)) values.addAll(f.values());
    for (String word : TextMeasure.words(text)) {
      int small = SMALL.indexOf(word);
      if (small >= 0) values.add(BigDecimal.valueOf(small));
      int tens = TENS.indexOf(word);
      if (tens >= 0) values.add(BigDecimal.valueOf(30 + 10L * tens));
    }
    return values;
  }

  /** One number, or, for forms such as dates ({@code 12.05.2023}), each run of digits. */
  private static List<BigDecimal> values(String ascii) {
    if (GROUPED.matcher(ascii).matches()) return List.of(new BigDecimal(ascii.replace(",", "")));
    if (PLAIN.matcher(ascii).matches()) return List.of(new BigDecimal(ascii));
    List<BigDecimal> runs = new ArrayList<>();
    for (String run : ascii.split("[.,]")) runs.add(new BigDecimal(run));
    return runs;
  }

  private static @Nullable BigDecimal scaleAfter(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    if (i == from && i < text.length() && Character.isLetter(text.charAt(i))) return null;
    List<String> words = TextMeasure.words(text.substring(i, Math.min(text.length(), i + 16)));
    if (words.isEmpty()) return null;
    return SCALES.get(fold(words.get(0)));
  }

  /** Drops harakat and folds hamza forms of alef, so ألفاً, آلاف and الف meet the table. */
  private static String fold(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      out.append(c == 'أ' || c == 'إ' || c == 'آ' ? 'ا' : c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= '\u0660' && c <= '\u0669') return c - '\u0660';
    if (c >= '\u06F0' && c <= '\u06F9') return c - '\u06F0';
    return -1;
  }

  private static char separator(char c) {
    return switch (c) {
      case ',', '\u066C' -> ',';
      case '.', '\u066B' -> '.';
      default -> 0;
    };
  }
}

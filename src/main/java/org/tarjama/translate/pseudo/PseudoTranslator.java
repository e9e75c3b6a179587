package org.tarjama.translate.pseudo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslationItem;

/**
 * Pseudo-translation: Arabic letters become Buckwalter transliteration, Arabic punctuation a Latin look-alike,
 * and every other character that the transliteration uses is escaped with a backslash, so
 * {@link #reverse(String)} restores the source exactly. Output is prefixed with {@link #PREFIX}.
 */
public final class PseudoTranslator implements Translator {

  public static final String PREFIX = "[pseudo] ";
  private static final String ARABIC = "ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيًٌٍَُِّْٰٱ،؛؟";
  private static final String LATIN = "'|>&<}AbptvjHxd*rzs$SDTZEg_fqklmnhwYyFNKaui~o`{‚⁏⸮";
  private static final Map<Character, Character> FORWARD = new HashMap<>();
  private static final Map<Character, Character> BACKWARD = new HashMap<>();

  static {
    for (int i = 0; i < ARABIC.length(); i++) {
      FORWARD.put(ARABIC.charAt(i), LATIN.charAt(i));
      BACKWARD.put(LATIN.charAt(i), ARABIC.charAt(i));
    }
  }

  public static String forward(String arabic) {
    StringBuilder out = new StringBuilder(PREFIX.length() + arabic.length() * 2).append(PREFIX);
    for (int i = 0; i < arabic.length(); i++) {
      char c = arabic.charAt(i);
      Character mapped = FORWARD.get(c);
      if (mapped != null) {
        out.append(mapped.charValue());
      } else {
        if (c == '\\' || BACKWARD.containsKey(c)) out.append('\\');
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The source text of a pseudo-translation. */
  public static String reverse(String pseudo) {
    if (!pseudo.startsWith(PREFIX)) throw new IllegalArgumentException("not a pseudo-translation: " + pseudo);
    StringBuilder out = new StringBuilder(pseudo.length());
    for (int i = PREFIX.length(); i < pseudo.length(); i++) {
      char c = pseudo.charAt(i);
      if (c == '\\' && i + 1 < pseudo.length()) {
        out.append(pseudo.charAt(++i));
      } else {
        Character mapped = BACKWARD.get(c);
        out.append(mapped != null ? mapped.charValue() : c);
      }
    }
    return out.toString();
  }

  @Override
  public String name() {
    return "pseudo";
  }

  @Override
  public String model() {
    return "buckwalter-1";
  }

  @Override
  public BatchLimits limits() {
    return BatchLimits.items(100);
  }

  @Override
  public List<String> translate(List<TranslationItem> batch) {
    return batch.stream().map(item -> forward(item.text())).toList();
  }

  @Override
  public boolean fitForTraining() {
    return false;
  }
}

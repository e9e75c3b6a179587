package org.tarjama.translate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One option a backend takes ({@code -o NAME=VALUE} or a key of its config-file section): its type, its default
 * ({@code ""} when the backend decides at run time), whether it changes the translation (and so belongs in the
 * memory key), and what it means. {@code choices} lists the allowed values of a {@link Type#CHOICE}.
 */
public record BackendOption(String name, Type type, String defaultValue, boolean changesTranslation, String meaning,
                            List<String> choices) {

  /** What a value must look like; {@link #FILE} values are paths, keyed in the memory by their content. */
  public enum Type { TEXT, FILE, FLAG, WHOLE_NUMBER, NUMBER, SECONDS, CHOICE }

  public BackendOption {
    if (!name.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("option name '" + name + "'");
    choices = List.copyOf(choices);
    if ((type == Type.CHOICE) == choices.isEmpty()) throw new IllegalArgumentException(name + ": choices and CHOICE go together");
  }

  public static BackendOption of(String name, Type type, String defaultValue, String meaning) {
    return new BackendOption(name, type, defaultValue, false, meaning, List.of());
  }

  public static BackendOption choice(String name, String defaultValue, String meaning, String... choices) {
    return new BackendOption(name, Type.CHOICE, defaultValue, false, meaning, List.of(choices));
  }

  /** This option, declared as changing what the backend returns. */
  public BackendOption changingTranslation() {
    return new BackendOption(name, type, defaultValue, true, meaning, choices);
  }

  /** This option with another default. */
  public BackendOption withDefault(String value) {
    return new BackendOption(name, type, value, changesTranslation, meaning, choices);
  }

  /**
   * {@code value} in one spelling per meaning ({@code TRUE} and {@code yes} are {@code true}, {@code 0.50} is
   * {@code 0.5}), so equal settings give equal memory keys.
   *
   * @throws IllegalArgumentException saying what the value must be
   */
  public String canonical(String value) {
    String v = value.strip();
    return switch (type) {
      case TEXT, FILE -> {
        if (v.isEmpty()) throw new IllegalArgumentException("must not be empty");
        yield v;
      }
      case FLAG -> switch (v.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on" -> "true";
        case "false", "no", "off" -> "false";
        default -> throw new IllegalArgumentException("must be true or false");
      };
      case WHOLE_NUMBER -> {
        try {
          int n = Integer.parseInt(v);
          if (n > 0) yield Integer.toString(n);
        } catch (NumberFormatException e) {
          // reported below
        }
        throw new IllegalArgumentException("must be a positive whole number");
      }
      case NUMBER, SECONDS -> {
        try {
          BigDecimal n = new BigDecimal(v);
          if (n.signum() > 0 || (type == Type.NUMBER && n.signum() == 0)) yield n.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
          // reported below
        }
        throw new IllegalArgumentException(type == Type.SECONDS ? "must be a positive number of seconds, e.g. 30 or 0.5"
            : "must be a number, 0 or more");
      }
      case CHOICE -> {
        String lower = v.toLowerCase(Locale.ROOT);
        if (choices.contains(lower)) yield lower;
        throw new IllegalArgumentException("must be one of " + String.join(", ", choices));
      }
    };
  }
}

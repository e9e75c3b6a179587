package org.tarjama.translate.engine;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Rate limits and price given on the command line: they replace the table's values for whichever backend the run
 * uses (also one that {@code --backend auto} picks). Empty values keep the table's.
 */
public record TermsOverride(OptionalDouble requestsPerSecond, OptionalLong charactersPerMinute,
                            OptionalDouble pricePerMillionChars) {

  public static final TermsOverride NONE = new TermsOverride(OptionalDouble.empty(), OptionalLong.empty(),
      OptionalDouble.empty());

  public BackendTerms apply(BackendTerms terms) {
    BackendTerms t = terms;
    if (requestsPerSecond.isPresent()) t = t.withRequestsPerSecond(requestsPerSecond.getAsDouble());
    if (charactersPerMinute.isPresent()) t = t.withCharactersPerMinute(charactersPerMinute.getAsLong());
    if (pricePerMillionChars.isPresent()) t = t.withPricePerMillionChars(pricePerMillionChars.getAsDouble());
    return t;
  }
}

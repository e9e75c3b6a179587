package org.tarjama.translate.http;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tarjama.translate.TranslationItem;

/**
 * One context for a whole request, for backends that take a single one (DeepL's {@code context}, the LLM
 * prompt) while each item brings its own neighbouring sentences: the distinct context lines of the batch, in
 * order, one per line, leaving out the batch's own texts (they are in the request already) and keeping only whole
 * lines within a byte budget.
 */
public final class BatchContext {

  private BatchContext() {
  }

  public static String of(List<TranslationItem> batch, int maxBytes) {
    Set<String> own = new HashSet<>();
    batch.forEach(i -> own.add(i.text().strip()));
    Set<String> distinct = new LinkedHashSet<>();
    batch.stream().flatMap(i -> i.context().lines()).map(String::strip).filter(c -> !c.isEmpty() && !own.contains(c))
        .forEach(distinct::add);
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (String context : distinct) {
      int more = context.getBytes(StandardCharsets.UTF_8).length + (out.length() == 0 ? 0 : 1);
      if (bytes + more > maxBytes) break;
      if (out.length() > 0) out.append('\n');
      out.append(context);
      bytes += more;
    }
    return out.toString();
  }
}

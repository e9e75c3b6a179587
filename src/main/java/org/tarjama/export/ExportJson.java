package org.tarjama.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tarjama.model.Pair;

/**
 * The JSON of an exported pair: the {@code {"translation": {"ar": …, "en": …}}} layout that dataset loaders read,
 * with the pair's metadata beside it under fixed keys, so every line has the same shape.
 */
final class ExportJson {

  private ExportJson() {
  }

  static ObjectNode entry(CorpusEntry entry, List<String> scoreNames) {
    ObjectNode node = pair(entry.pair(), entry.meta(), scoreNames);
    node.put("occurrences", entry.occurrences());
    entry.merged().forEach(node.putArray("duplicates")::add);
    return node;
  }

  /**
   * A left-out pair with its reasons; a duplicate also names the kept pair and the size of their group (null for
   * the others, so every line has the same keys).
   */
  static ObjectNode excluded(Pair pair, Map<String, String> meta, Exclusion exclusion, int groupSize,
                             List<String> scoreNames) {
    ObjectNode node = pair(pair, meta, scoreNames);
    node.put("status", pair.status().label());
    node.put("failure", pair.reason().isEmpty() ? null : pair.reason());
    exclusion.reasons().forEach(node.putArray("reasons")::add);
    node.put("duplicate_of", exclusion.duplicateOf().orElse(null));
    if (exclusion.duplicateOf().isPresent()) node.put("duplicate_group_size", groupSize);
    else node.putNull("duplicate_group_size");
    return node;
  }

  /**
   * The pair's fields; {@code scores} holds every name in {@code scoreNames}, null where the pair has none, and
   * {@code meta} the input's metadata (url, date, source), null where it had none.
   */
  private static ObjectNode pair(Pair pair, Map<String, String> meta, List<String> scoreNames) {
    ObjectNode node = PairJson.MAPPER.createObjectNode();
    ObjectNode translation = node.putObject("translation");
    translation.put("ar", pair.ar());
    translation.put("en", pair.en());
    node.put("id", pair.id().toString());
    node.put("doc", pair.id().doc());
    node.put("backend", pair.backend());
    node.put("model", pair.model());
    ObjectNode scores = node.putObject("scores");
    for (String name : scoreNames) {
      Double value = pair.quality().scores().get(name);
      if (value == null) scores.putNull(name);
      else scores.put(name, value);
    }
    // a score outside the list (none today) is still written rather than lost
    pair.quality().scores().forEach((name, value) -> { if (!scores.has(name)) scores.put(name, value); });
    List<String> flags = pair.quality().flags();
    flags.forEach(node.putArray("flags")::add);
    if (meta.isEmpty()) {
      node.putNull("meta");
    } else {
      ObjectNode fields = node.putObject("meta");
      new TreeMap<>(meta).forEach(fields::put);
    }
    return node;
  }

  static String line(ObjectNode node) {
    try {
      return PairJson.MAPPER.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + node.path("id").asText(), e);
    }
  }
}

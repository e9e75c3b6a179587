package org.tarjama.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tarjama.model.Pair;

/**
 * The JSON of an exported pair: the {@code {"translation": {"ar": …, "en": …}}} layout that dataset loaders read,
 * with the pair's metadata beside it under fixed keys, so every line has the same shape.
 */
final class ExportJson {

  private ExportJson() {
  }

  static ObjectNode entry(CorpusEntry entry) {
    ObjectNode node = pair(entry.pair());
    node.put("occurrences", entry.occurrences());
    entry.merged().forEach(node.putArray("duplicates")::add);
    return node;
  }

  /** A left-out pair with its reasons; a duplicate also names the kept pair and the size of their group. */
  static ObjectNode excluded(Pair pair, Exclusion exclusion, int groupSize) {
    ObjectNode node = pair(pair);
    node.put("status", pair.status().label());
    if (!pair.reason().isEmpty()) node.put("failure", pair.reason());
    exclusion.reasons().forEach(node.putArray("reasons")::add);
    if (exclusion.duplicateOf().isPresent()) {
      node.put("duplicate_of", exclusion.duplicateOf().get());
      node.put("duplicate_group_size", groupSize);
    }
    return node;
  }

  private static ObjectNode pair(Pair pair) {
    ObjectNode node = PairJson.MAPPER.createObjectNode();
    ObjectNode translation = node.putObject("translation");
    translation.put("ar", pair.ar());
    translation.put("en", pair.en());
    node.put("id", pair.id().toString());
    node.put("doc", pair.id().doc());
    node.put("backend", pair.backend());
    node.put("model", pair.model());
    ObjectNode scores = node.putObject("scores");
    pair.quality().scores().forEach(scores::put);
    List<String> flags = pair.quality().flags();
    flags.forEach(node.putArray("flags")::add);
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

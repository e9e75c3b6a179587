package org.tarjama.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.model.Pair;
import org.tarjama.model.PairStatus;
import org.tarjama.model.Quality;
import org.tarjama.model.SegmentId;

/** The JSON form of a pair, as written to {@code pairs.jsonl}, and back. */
public final class PairJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private PairJson() {
  }

  public static ObjectNode toJson(Pair pair) {
    ObjectNode node = MAPPER.createObjectNode();
    SegmentId id = pair.id();
    node.put("id", id.toString());
    node.put("doc", id.doc());
    node.put("para", id.para());
    node.put("sent", id.sent());
    if (id.piece() > 0) node.put("piece", id.piece());
    node.put("ar", pair.ar());
    node.put("en", pair.en());
    node.put("backend", pair.backend());
    node.put("model", pair.model());
    node.put("status", pair.status().label());
    if (!pair.reason().isEmpty()) node.put("reason", pair.reason());
    if (!pair.quality().scores().isEmpty()) {
      ObjectNode scores = node.putObject("scores");
      pair.quality().scores().forEach(scores::put);
    }
    if (!pair.quality().flags().isEmpty()) {
      pair.quality().flags().forEach(node.putArray("flags")::add);
    }
    return node;
  }

  /** One line of {@code pairs.jsonl}, without its newline: the command line and the Spark job write the same. */
  public static String toLine(Pair pair) {
    return toLine(pair, Map.of());
  }

  /** As {@link #toLine(Pair)}, with the input's metadata (url, date, source of a JSONL or HTML article) as "meta". */
  public static String toLine(Pair pair, Map<String, String> metadata) {
    ObjectNode node = toJson(pair);
    if (!metadata.isEmpty()) node.set("meta", MAPPER.valueToTree(metadata));
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a pair that JSON cannot hold: " + pair.id(), e);
    }
  }

  public static Pair fromJson(JsonNode node) {
    SegmentId id = SegmentId.parse(text(node, "id"));
    Map<String, Double> scores = new LinkedHashMap<>();
    node.path("scores").fields().forEachRemaining(e -> scores.put(e.getKey(), e.getValue().asDouble()));
    List<String> flags = new ArrayList<>();
    node.path("flags").forEach(f -> flags.add(f.asText()));
    PairStatus status = PairStatus.valueOf(text(node, "status").toUpperCase(java.util.Locale.ROOT));
    return new Pair(id, text(node, "ar"), node.path("en").asText(""), text(node, "backend"),
        node.path("model").asText(""), status, node.path("reason").asText(""), new Quality(scores, flags));
  }

  /** A line of {@code pairs.jsonl}: the pair and the input's metadata written with it (empty when none). */
  public record Line(Pair pair, Map<String, String> meta) {
  }

  /** Parses one line of {@code pairs.jsonl}, keeping its "meta". */
  public static Line parseWithMeta(String line) {
    try {
      JsonNode node = MAPPER.readTree(line);
      Map<String, String> meta = new LinkedHashMap<>();
      node.path("meta").fields().forEachRemaining(e -> meta.put(e.getKey(), e.getValue().asText()));
      return new Line(fromJson(node), meta);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a pair: " + e.getOriginalMessage(), e);
    }
  }

  /** Parses one line of {@code pairs.jsonl}. */
  public static Pair parseLine(String line) {
    return parseWithMeta(line).pair();
  }


  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) throw new IllegalArgumentException("pair without '" + field + "'");
    return value.asText();
  }
}

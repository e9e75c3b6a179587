package org.tarjama.translate.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The one JSON mapper the backends share; it rejects text after the JSON value, which is how commentary shows. */
public final class Json {

  public static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode strings(List<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  /** The text at {@code path} (a JSON pointer such as {@code /error/message}), or empty. */
  public static String text(JsonNode node, String path) {
    JsonNode found = node.at(path);
    return found.isValueNode() ? found.asText() : "";
  }
}

package org.tarjama.translate.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.tarjama.translate.BackendException;

/** Reads the translations out of an order-preserving backend's reply, checking there is one per item. */
public final class Replies {

  private Replies() {
  }

  /**
   * The text at {@code field} of each element of {@code array} (or each element itself when {@code field}
   * is empty), which must hold exactly {@code expected} strings.
   */
  public static List<String> texts(String backend, JsonNode array, String field, int expected)
      throws BackendException.MalformedReply {
    if (!array.isArray()) {
      throw new BackendException.MalformedReply(backend, "reply has no list of translations where one was expected");
    }
    if (array.size() != expected) {
      throw new BackendException.MalformedReply(backend,
          "returned " + array.size() + " translations for " + expected + " segments");
    }
    List<String> out = new ArrayList<>(expected);
    for (JsonNode element : array) {
      JsonNode text = field.isEmpty() ? element : element.path(field);
      if (!text.isTextual()) {
        throw new BackendException.MalformedReply(backend, "translation " + (out.size() + 1)
            + " of " + expected + " is not a string");
      }
      out.add(text.asText());
    }
    return out;
  }
}

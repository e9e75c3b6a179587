package org.tarjama.translate.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import okhttp3.HttpUrl;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.http.ConfiguredTranslator;
import org.tarjama.translate.http.Json;
import org.tarjama.translate.http.JsonApi;
import org.tarjama.translate.http.Replies;

/**
 * Translates with {@code POST /translate?api-version=3.0&from=ar&to=en}; the body is an array of
 * {@code {"Text": …}} and the reply one {@code {"translations":[{"text","to"}]}} per element, in order.
 */
final class AzureTranslator extends ConfiguredTranslator {

  static final String NAME = "azure";

  private final JsonApi api;
  private final HttpUrl url;

  AzureTranslator(JsonApi api, HttpUrl url, String category, BatchLimits limits) {
    super(NAME, category, limits);
    this.api = api;
    this.url = url;
  }

  @Override
  public List<String> translate(List<TranslationItem> batch) throws BackendException {
    ArrayNode body = Json.MAPPER.createArrayNode();
    batch.forEach(item -> body.addObject().put("Text", item.text()));
    JsonNode reply = api.post(url, body);
    // each element holds one translation per target language; we ask for English only
    ArrayNode firsts = Json.MAPPER.createArrayNode();
    reply.forEach(element -> firsts.add(element.path("translations").path(0)));
    return Replies.texts(NAME, reply.isArray() ? firsts : reply, "text", batch.size());
  }
}

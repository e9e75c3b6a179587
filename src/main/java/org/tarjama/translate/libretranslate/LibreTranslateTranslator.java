package org.tarjama.translate.libretranslate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.http.ConfiguredTranslator;
import org.tarjama.translate.http.Json;
import org.tarjama.translate.http.JsonApi;
import org.tarjama.translate.http.Replies;

/**
 * Translates with {@code POST /translate}, sending {@code q} as an array (batch mode needs a JSON body) and
 * the optional {@code api_key} in the body, which is the only place LibreTranslate reads it from JSON.
 */
final class LibreTranslateTranslator extends ConfiguredTranslator {

  static final String NAME = "libretranslate";

  private final JsonApi api;
  private final HttpUrl url;
  private final @Nullable String apiKey;

  LibreTranslateTranslator(JsonApi api, HttpUrl url, @Nullable String apiKey, BatchLimits limits) {
    super(NAME, "", limits);
    this.api = api;
    this.url = url;
    this.apiKey = apiKey;
  }

  @Override
  public List<String> translate(List<TranslationItem> batch) throws BackendException {
    ObjectNode body = Json.object();
    body.set("q", Json.strings(batch.stream().map(TranslationItem::text).toList()));
    body.put("source", "ar").put("target", "en").put("format", "text");
    if (apiKey != null) body.put("api_key", apiKey);
    JsonNode reply = api.post(url, body);
    return Replies.texts(NAME, reply.path("translatedText"), "", batch.size());
  }
}

package org.tarjama.translate.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import okhttp3.HttpUrl;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.Translator;
import org.tarjama.translate.http.Json;
import org.tarjama.translate.http.JsonApi;
import org.tarjama.translate.http.Replies;

/**
 * Cloud Translation Basic: {@code POST /language/translate/v2} with {@code q} as an array and always
 * {@code format: text} (the default, html, would turn quotes into entities). The key rides in {@code ?key=},
 * added by the transport.
 */
final class BasicTranslator implements Translator {

  private final JsonApi api;
  private final HttpUrl url;
  private final String model;
  private final BatchLimits limits;

  BasicTranslator(JsonApi api, HttpUrl url, String model, BatchLimits limits) {
    this.api = api;
    this.url = url;
    this.model = model;
    this.limits = limits;
  }

  @Override
  public String name() {
    return GoogleProvider.NAME;
  }

  @Override
  public String model() {
    return model;
  }

  @Override
  public BatchLimits limits() {
    return limits;
  }

  @Override
  public List<String> translate(List<TranslationItem> batch) throws BackendException {
    ObjectNode body = Json.object();
    body.set("q", Json.strings(batch.stream().map(TranslationItem::text).toList()));
    body.put("source", "ar").put("target", "en").put("format", "text");
    if (!model.isEmpty()) body.put("model", model);
    JsonNode reply = api.post(url, body);
    return Replies.texts(GoogleProvider.NAME, reply.path("data").path("translations"), "translatedText", batch.size());
  }
}

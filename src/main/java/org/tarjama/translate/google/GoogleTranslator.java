package org.tarjama.translate.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Cloud Translation, in either edition. Basic (v2): {@code POST /language/translate/v2} with {@code q} and
 * always {@code format: text} (the default, html, turns quotes into entities); the key rides in {@code ?key=},
 * added by the transport. Advanced (v3): {@code POST /v3/projects/P/locations/L:translateText} with
 * {@code contents} and {@code mimeType: text/plain} (the default is text/html), with an OAuth bearer token.
 */
final class GoogleTranslator extends ConfiguredTranslator {

  enum Edition {
    BASIC, ADVANCED
  }

  private final JsonApi api;
  private final HttpUrl url;
  private final Edition edition;

  GoogleTranslator(JsonApi api, HttpUrl url, Edition edition, String model, BatchLimits limits) {
    super(GoogleProvider.NAME, model, limits);
    this.api = api;
    this.url = url;
    this.edition = edition;
  }

  @Override
  public List<String> translate(List<TranslationItem> batch) throws BackendException {
    List<String> texts = batch.stream().map(TranslationItem::text).toList();
    ObjectNode body = Json.object();
    if (edition == Edition.BASIC) {
      body.set("q", Json.strings(texts));
      body.put("source", "ar").put("target", "en").put("format", "text");
    } else {
      body.set("contents", Json.strings(texts));
      body.put("sourceLanguageCode", "ar").put("targetLanguageCode", "en").put("mimeType", "text/plain");
    }
    if (!model().isEmpty()) body.put("model", model());
    JsonNode reply = api.post(url, body);
    JsonNode translations = edition == Edition.BASIC ? reply.path("data").path("translations") : reply.path("translations");
    return Replies.texts(GoogleProvider.NAME, translations, "translatedText", batch.size());
  }
}

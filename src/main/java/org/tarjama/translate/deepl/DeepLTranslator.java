package org.tarjama.translate.deepl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import okhttp3.HttpUrl;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.http.BatchContext;
import org.tarjama.translate.http.ConfiguredTranslator;
import org.tarjama.translate.http.Json;
import org.tarjama.translate.http.JsonApi;
import org.tarjama.translate.http.Replies;

/**
 * Translates with {@code POST /v2/translate}: {@code text} as an array, source {@code AR}, target
 * {@code EN-US} (or EN-GB). DeepL takes one {@code context} per request, so the request carries the
 * {@link BatchContext} of its items, within {@link #CONTEXT_BYTES}; context guides without being translated
 * or billed.
 */
final class DeepLTranslator extends ConfiguredTranslator {

  static final String NAME = "deepl";
  /** DeepL's limit on the whole request body. */
  static final int BODY_BYTES = 128 * 1024;
  /** Room for context inside the body limit; the texts get the rest (see {@link DeepLProvider#DEFAULT_LIMITS}). */
  static final int CONTEXT_BYTES = 16 * 1024;

  private final JsonApi api;
  private final HttpUrl url;
  private final String target;
  private final boolean sendContext;

  DeepLTranslator(JsonApi api, HttpUrl url, String target, String modelType, boolean sendContext, BatchLimits limits) {
    super(NAME, modelType, limits);
    this.api = api;
    this.url = url;
    this.target = target;
    this.sendContext = sendContext;
  }

  /** Where requests go, for checking the Free/Pro host choice. */
  HttpUrl url() {
    return url;
  }

  @Override
  public List<String> translate(List<TranslationItem> batch) throws BackendException {
    ObjectNode body = Json.object();
    body.set("text", Json.strings(batch.stream().map(TranslationItem::text).toList()));
    body.put("source_lang", "AR").put("target_lang", target);
    if (!model().isEmpty()) body.put("model_type", model());
    String context = sendContext ? BatchContext.of(batch, CONTEXT_BYTES) : "";
    if (!context.isEmpty()) body.put("context", context);
    if (size(body) > BODY_BYTES) {
      throw new BackendException.Permanent(NAME, "request body of " + size(body) + " bytes is over DeepL's "
          + BODY_BYTES + "-byte limit; lower the max-bytes option", false);
    }
    JsonNode reply = api.post(url, body);
    return Replies.texts(NAME, reply.path("translations"), "text", batch.size());
  }

  private static int size(JsonNode body) {
    try {
      return Json.MAPPER.writeValueAsBytes(body).length;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  @Override
  public boolean readsContext() {
    return sendContext;
  }
}

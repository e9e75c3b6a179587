package org.tarjama.translate.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendException.MalformedReply;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.http.ConfiguredTranslator;
import org.tarjama.translate.http.Json;
import org.tarjama.translate.http.JsonApi;
import org.tarjama.translate.http.llm.ChatPrompt;
import org.tarjama.translate.http.llm.ChatReply;

/**
 * Translates with {@code POST /chat/completions}: a system and a user message from {@link ChatPrompt},
 * structured output as the server supports it, and the reply checked by {@link ChatReply}. A refusal, a
 * content-filter stop or a reply cut at the token limit is a {@link MalformedReply}: a smaller batch may pass,
 * and a single segment that still fails is marked failed by the engine, never replaced.
 */
final class OpenAiTranslator extends ConfiguredTranslator {

  static final String NAME = "openai";

  /** How the reply format is requested; servers differ in what they understand. */
  enum ResponseFormat {
    JSON_SCHEMA, JSON_OBJECT, NONE
  }

  /** The request fields that do not depend on the batch. */
  record Request(String model, ResponseFormat format, @Nullable Double temperature, @Nullable Integer maxTokens,
                 String maxTokensField) {
  }

  private final JsonApi api;
  private final HttpUrl url;
  private final Request request;
  private final ChatPrompt prompt;

  OpenAiTranslator(JsonApi api, HttpUrl url, Request request, ChatPrompt prompt, BatchLimits limits) {
    super(NAME, request.model(), limits);
    this.api = api;
    this.url = url;
    this.request = request;
    this.prompt = prompt;
  }

  @Override
  public List<String> translate(List<TranslationItem> batch) throws BackendException {
    ObjectNode body = Json.object().put("model", request.model());
    if (request.temperature() != null) body.put("temperature", request.temperature());
    if (request.maxTokens() != null) body.put(request.maxTokensField(), request.maxTokens());
    ArrayNode messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", prompt.system(batch));
    messages.addObject().put("role", "user").put("content", prompt.user(batch));
    switch (request.format()) {
      case JSON_SCHEMA -> body.putObject("response_format").put("type", "json_schema").putObject("json_schema")
          .put("name", "translations").put("strict", true).set("schema", ChatPrompt.schema());
      case JSON_OBJECT -> body.putObject("response_format").put("type", "json_object");
      case NONE -> { }
    }
    JsonNode choice = api.post(url, body).path("choices").path(0);
    JsonNode message = choice.path("message");
    if (!message.path("refusal").asText("").isBlank()) {
      throw new MalformedReply(NAME, "the model refused: " + message.path("refusal").asText());
    }
    switch (choice.path("finish_reason").asText("")) {
      case "length" -> throw new MalformedReply(NAME, "reply cut off at the token limit; a smaller batch will fit");
      case "content_filter" -> throw new MalformedReply(NAME, "reply stopped by the server's content filter");
      default -> { }
    }
    if (!message.path("content").isTextual()) throw new MalformedReply(NAME, "reply has no message content");
    return ChatReply.read(NAME, message.path("content").asText(), batch);
  }

  @Override
  public boolean readsContext() {
    return prompt.withContext();
  }
}

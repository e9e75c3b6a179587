package org.tarjama.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;
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
 * Translates with {@code POST /v1/messages} ({@code anthropic-version: 2023-06-01}): the {@link ChatPrompt}
 * as system and user message, optionally {@code output_config.format} for structured output, and the text
 * blocks of the reply checked by {@link ChatReply}. A stop at {@code max_tokens} or the context window, or a
 * refusal, is a {@link MalformedReply}, so the engine retries smaller batches.
 */
final class AnthropicTranslator extends ConfiguredTranslator {

  static final String NAME = "anthropic";
  static final String VERSION = "2023-06-01";

  private final JsonApi api;
  private final HttpUrl url;
  private final int maxTokens;
  private final boolean structured;
  private final ChatPrompt prompt;

  AnthropicTranslator(JsonApi api, HttpUrl url, String model, int maxTokens, boolean structured, ChatPrompt prompt,
                      BatchLimits limits) {
    super(NAME, model, limits);
    this.api = api;
    this.url = url;
    this.maxTokens = maxTokens;
    this.structured = structured;
    this.prompt = prompt;
  }

  @Override
  public List<String> translate(List<TranslationItem> batch) throws BackendException {
    ObjectNode body = Json.object().put("model", model()).put("max_tokens", maxTokens).put("temperature", 0)
        .put("system", prompt.system(batch));
    body.putArray("messages").addObject().put("role", "user").put("content", prompt.user(batch));
    if (structured) {
      body.putObject("output_config").putObject("format").put("type", "json_schema").set("schema", ChatPrompt.schema());
    }
    JsonNode reply = api.post(url, body, Headers.of("anthropic-version", VERSION));
    switch (reply.path("stop_reason").asText("")) {
      case "max_tokens" -> throw new MalformedReply(NAME, "reply cut off at max_tokens (" + maxTokens
          + "); a smaller batch will fit");
      case "model_context_window_exceeded" -> throw new MalformedReply(NAME, "reply cut off by the context window");
      case "refusal" -> throw new MalformedReply(NAME, "the model refused to translate this batch");
      default -> { }
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode block : reply.path("content")) {
      // thinking blocks may come first; only text blocks are the answer
      if ("text".equals(block.path("type").asText())) text.append(block.path("text").asText());
    }
    if (text.length() == 0) throw new MalformedReply(NAME, "reply has no text content");
    return ChatReply.read(NAME, text.toString(), batch);
  }

  @Override
  public boolean readsContext() {
    return prompt.withContext();
  }
}

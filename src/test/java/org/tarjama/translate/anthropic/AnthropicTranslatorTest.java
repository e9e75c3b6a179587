package org.tarjama.translate.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.Fixtures;
import org.tarjama.translate.http.Json;
import org.tarjama.translate.http.LlmBackendContract;
import org.tarjama.translate.http.llm.ChatPrompt;
import org.tarjama.translate.http.llm.Glossary;

class AnthropicTranslatorTest extends LlmBackendContract {

  @Override
  protected TranslatorProvider provider() {
    return new AnthropicProvider();
  }

  private static MockResponse message(String text, String stopReason) {
    ObjectNode body = Json.object().put("id", "msg_01").put("type", "message").put("role", "assistant")
        .put("model", "claude-sonnet-4-5");
    var content = body.putArray("content");
    content.addObject().put("type", "thinking").put("thinking", "Three items to translate.");
    if (text != null) content.addObject().put("type", "text").put("text", text);
    body.put("stop_reason", stopReason).putNull("stop_sequence");
    body.putObject("usage").put("input_tokens", 80).put("output_tokens", 20);
    return new MockResponse().setHeader("Content-Type", "application/json").setHeader("request-id", "req_1")
        .setBody(body.toString());
  }

  private static MockResponse error(int status, String type, String text) {
    return new MockResponse().setResponseCode(status).setBody(Json.object().put("type", "error")
        .<ObjectNode>set("error", Json.object().put("type", type).put("message", text)).put("request_id", "req_2")
        .toString());
  }

  @Override
  protected MockResponse chatReply(String content) {
    return message(content, "end_turn");
  }

  @Override
  protected MockResponse cutOffReply(String content) {
    return message(content, "max_tokens");
  }

  @Override
  protected MockResponse refusal() {
    return message(null, "refusal");
  }

  @Override
  protected List<String> promptOf(RecordedRequest request) throws Exception {
    JsonNode body = bodyOf(request);
    return List.of(body.path("messages").path(0).path("content").asText(), body.path("system").asText());
  }

  @Override
  protected MockResponse quotaExhausted() {
    return error(400, "invalid_request_error", "Your credit balance is too low to access the Anthropic API. "
        + "Please go to Plans & Billing to upgrade or purchase credits.");
  }

  @Override
  protected MockResponse rejectedKey() {
    return error(401, "authentication_error", "invalid x-api-key " + Fixtures.KEY);
  }

  @Override
  protected MockResponse tooManyRequests() {
    return error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit");
  }

  @Test
  void sendsTheMessagesRequestWithVersionAndKeyHeaders() throws Exception {
    server.enqueue(success(Fixtures.english()));
    try (Translator translator = translator()) {
      assertEquals("claude-sonnet-4-5", translator.model());
      assertEquals(Fixtures.english(), translator.translate(Fixtures.batch()));
    }
    RecordedRequest request = taken();
    assertEquals("POST", request.getMethod());
    assertEquals("/v1/messages", request.getPath());
    assertEquals(Fixtures.KEY, request.getHeader("x-api-key"));
    assertEquals("2023-06-01", request.getHeader("anthropic-version"));
    assertEquals("application/json; charset=utf-8", request.getHeader("Content-Type"));
    ChatPrompt prompt = new ChatPrompt(Glossary.EMPTY, true);
    ObjectNode expected = Json.object().put("model", "claude-sonnet-4-5").put("max_tokens", 4096).put("temperature", 0)
        .put("system", prompt.system(Fixtures.batch()));
    expected.putArray("messages").addObject().put("role", "user").put("content", prompt.user(Fixtures.batch()));
    assertEquals(expected, bodyOf(request));
  }

  @Test
  void structuredOutputSendsTheSchemaInOutputConfig() throws Exception {
    server.enqueue(success(List.of(Fixtures.EN3)));
    try (Translator translator = translator(Map.of("structured-output", "true", "max-tokens", "1024"))) {
      translator.translate(List.of(Fixtures.batch().get(2)));
    }
    JsonNode body = bodyOf(taken());
    assertEquals(1024, body.path("max_tokens").asInt());
    assertEquals(Json.object().put("type", "json_schema").set("schema", ChatPrompt.schema()),
        body.path("output_config").path("format"));
  }

  @Test
  void overloadedIsRateLimitedWithItsDelay() throws Exception {
    BackendException.RateLimited e = failsWith(BackendException.RateLimited.class,
        error(529, "overloaded_error", "Overloaded").setHeader("retry-after", "3"));
    assertEquals(Optional.of(Duration.ofSeconds(3)), e.retryAfter());
  }

  @Test
  void retryAfterMsIsReadFirst() throws Exception {
    assertEquals(Optional.of(Duration.ofMillis(250)), failsWith(BackendException.RateLimited.class,
        tooManyRequests().setHeader("retry-after-ms", "250").setHeader("retry-after", "1")).retryAfter());
  }

  @Test
  void contextWindowStopIsMalformed() throws Exception {
    assertTrue(failsWith(BackendException.MalformedReply.class, message("{", "model_context_window_exceeded"))
        .getMessage().contains("context window"));
  }
}

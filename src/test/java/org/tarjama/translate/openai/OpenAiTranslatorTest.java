package org.tarjama.translate.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslatorProvider;
import org.tarjama.translate.http.Fixtures;
import org.tarjama.translate.http.Json;
import org.tarjama.translate.http.LlmBackendContract;
import org.tarjama.translate.http.llm.ChatPrompt;

class OpenAiTranslatorTest extends LlmBackendContract {

  @Override
  protected TranslatorProvider provider() {
    return new OpenAiProvider();
  }

  private static MockResponse completion(String content, String finishReason, String refusal) {
    ObjectNode body = Json.object().put("id", "chatcmpl-abc").put("object", "chat.completion").put("created", 1767225600)
        .put("model", "gpt-4o-mini-2024-07-18");
    ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", finishReason);
    ObjectNode message = choice.putObject("message").put("role", "assistant");
    if (refusal == null) message.putNull("refusal").put("content", content); else message.put("refusal", refusal).putNull("content");
    body.putObject("usage").put("prompt_tokens", 95).put("completion_tokens", 24).put("total_tokens", 119);
    return new MockResponse().setHeader("Content-Type", "application/json").setHeader("x-request-id", "req_1")
        .setBody(body.toString());
  }

  @Override
  protected MockResponse chatReply(String content) {
    return completion(content, "stop", null);
  }

  @Override
  protected MockResponse cutOffReply(String content) {
    return completion(content, "length", null);
  }

  @Override
  protected MockResponse refusal() {
    return completion(null, "stop", "I'm sorry, I cannot help with that.");
  }

  @Override
  protected List<String> promptOf(RecordedRequest request) throws Exception {
    JsonNode messages = bodyOf(request).path("messages");
    return List.of(messages.path(1).path("content").asText(), messages.path(0).path("content").asText());
  }

  @Override
  protected MockResponse quotaExhausted() {
    return new MockResponse().setResponseCode(429).setBody("{\"error\":{\"message\":\"You exceeded your current quota, "
        + "please check your plan and billing details.\",\"type\":\"insufficient_quota\",\"param\":null,"
        + "\"code\":\"insufficient_quota\"}}");
  }

  @Override
  protected MockResponse rejectedKey() {
    return new MockResponse().setResponseCode(401).setBody("{\"error\":{\"message\":\"Incorrect API key provided: "
        + Fixtures.KEY + ".\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}");
  }

  @Override
  protected MockResponse tooManyRequests() {
    return new MockResponse().setResponseCode(429).setBody("{\"error\":{\"message\":\"Rate limit reached for requests\","
        + "\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}");
  }

  @Test
  void sendsSystemAndUserMessagesWithAStrictJsonSchema() throws Exception {
    server.enqueue(success(Fixtures.english()));
    try (Translator translator = translator()) {
      assertEquals("gpt-4o-mini", translator.model());
      assertEquals(Fixtures.english(), translator.translate(Fixtures.batch()));
    }
    RecordedRequest request = taken();
    assertEquals("POST", request.getMethod());
    assertEquals("/chat/completions", request.getPath());
    assertEquals("Bearer " + Fixtures.KEY, request.getHeader("Authorization"));
    assertEquals("application/json; charset=utf-8", request.getHeader("Content-Type"));
    ChatPrompt prompt = new ChatPrompt(org.tarjama.translate.http.llm.Glossary.EMPTY, true);
    ObjectNode expected = Json.object().put("model", "gpt-4o-mini").put("temperature", 0.0);
    expected.putArray("messages")
        .add(Json.object().put("role", "system").put("content", prompt.system(Fixtures.batch())))
        .add(Json.object().put("role", "user").put("content", prompt.user(Fixtures.batch())));
    expected.set("response_format", json("{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"translations\","
        + "\"strict\":true,\"schema\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"translations\"],"
        + "\"properties\":{\"translations\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,"
        + "\"required\":[\"id\",\"en\"],\"properties\":{\"id\":{\"type\":\"string\"},\"en\":{\"type\":\"string\"}}}}}}}}"));
    assertEquals(expected, bodyOf(request));
    assertTrue(prompt.user(Fixtures.batch()).startsWith("<translate_input>\n{\"items\":[{\"id\":\"1\",\"text\":\""
        + Fixtures.AR1 + "\"},{\"id\":\"2\",\"text\":\"" + Fixtures.AR2 + "\"},{\"id\":\"3\",\"text\":\"" + Fixtures.AR3
        + "\"}]}\n</translate_input>\n\nTranslate the text of each of the 3 items above from Arabic into English."));
  }

  @Test
  void localServerNeedsNoKeyAndTakesJsonObjectModeAndMaxTokens() throws Exception {
    env.remove(OpenAiProvider.KEY_VARIABLE);
    server.enqueue(success(List.of(Fixtures.EN3)));
    try (Translator translator = provider().create(new BackendSettings(server.url("/v1").toString(), "qwen2.5:7b",
        Map.of("response-format", "json_object", "max-tokens", "2048", "temperature", "none"), env::get))) {
      assertEquals("qwen2.5:7b", translator.model());
      translator.translate(List.of(Fixtures.batch().get(2)));
    }
    RecordedRequest request = taken();
    assertEquals("/v1/chat/completions", request.getPath());
    assertNull(request.getHeader("Authorization"));
    JsonNode body = bodyOf(request);
    assertEquals(json("{\"type\":\"json_object\"}"), body.path("response_format"));
    assertEquals(2048, body.path("max_tokens").asInt());
    assertFalse(body.has("temperature"));
  }

  @Test
  void baseUrlComesFromTheEnvironmentWhenNoEndpointIsGiven() throws Exception {
    env.put(OpenAiProvider.BASE_URL_VARIABLE, server.url("/v1/").toString());
    server.enqueue(success(List.of(Fixtures.EN3)));
    try (Translator translator = provider().create(new BackendSettings(null, null, Map.of("response-format", "none"),
        env::get))) {
      translator.translate(List.of(Fixtures.batch().get(2)));
    }
    RecordedRequest request = taken();
    assertEquals("/v1/chat/completions", request.getPath());
    assertFalse(bodyOf(request).has("response_format"));
  }

  @Test
  void openAiItselfNeedsAKey() {
    BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
        () -> provider().create(new BackendSettings(null, null, Map.of(), name -> null)));
    assertTrue(e.getMessage().contains("OPENAI_API_KEY"), e.getMessage());
    assertFalse(provider().isConfigured(new BackendSettings(null, null, Map.of(), name -> null)));
  }

  @Test
  void retryAfterMsIsReadFirst() throws Exception {
    BackendException.RateLimited e = failsWith(BackendException.RateLimited.class,
        tooManyRequests().setHeader("retry-after-ms", "1500").setHeader("retry-after", "2"));
    assertEquals(Optional.of(Duration.ofMillis(1500)), e.retryAfter());
  }

  @Test
  void shouldRetryFalseMakesARateLimitPermanent() throws Exception {
    assertFalse(failsWith(BackendException.Permanent.class, tooManyRequests().setHeader("x-should-retry", "false"))
        .stopsBackend());
  }

  @Test
  void shouldRetryTrueMakesAConflictTransient() throws Exception {
    failsWith(BackendException.Transient.class, new MockResponse().setResponseCode(409)
        .setHeader("x-should-retry", "true").setBody("{\"error\":{\"message\":\"lock timeout\"}}"));
  }

  @Test
  void serverThatIgnoresTheResponseFormatSaysWhichOptionToSet() throws Exception {
    BackendException.Permanent e = failsWith(BackendException.Permanent.class, new MockResponse().setResponseCode(400)
        .setBody("{\"error\":{\"code\":400,\"message\":\"Either json_schema or grammar can be specified, but not both\","
            + "\"type\":\"invalid_request_error\"}}"));
    assertTrue(e.stopsBackend());
    assertTrue(e.getMessage().contains("response-format"), e.getMessage());
  }

  @Test
  void missingModelStopsTheBackend() throws Exception {
    assertTrue(failsWith(BackendException.Permanent.class, new MockResponse().setResponseCode(404)
        .setBody("{\"error\":{\"message\":\"model 'qwen9' not found\",\"type\":\"api_error\"}}")).stopsBackend());
  }

  @Test
  void contentFilterStopIsMalformed() throws Exception {
    failsWith(BackendException.MalformedReply.class, completion("", "content_filter", null));
  }
}

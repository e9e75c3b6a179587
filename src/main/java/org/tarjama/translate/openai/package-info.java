/**
 * The {@code openai} backend: any OpenAI-compatible chat-completions server (OpenAI, vLLM, llama.cpp server,
 * LM Studio, Ollama's {@code /v1}), many segments per request as JSON with ids, every reply checked.
 */
@NullMarked
package org.tarjama.translate.openai;

import org.jspecify.annotations.NullMarked;

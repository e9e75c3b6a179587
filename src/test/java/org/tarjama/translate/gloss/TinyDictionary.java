package org.tarjama.translate.gloss;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Writes a synthetic dictd dictionary (index and gzip text) for tests that must not depend on FreeDict's content. */
final class TinyDictionary {

  private final Map<String, String> articles = new LinkedHashMap<>();

  /** Adds an article in FreeDict's layout: headword line, then numbered senses. */
  TinyDictionary entry(String headword, String... senses) {
    StringBuilder article = new StringBuilder(headword).append(" /x/\n");
    for (int i = 0; i < senses.length; i++) {
      article.append(senses.length > 1 ? (i + 1) + ". " : "").append(senses[i]).append('\n');
    }
    articles.put(headword, article.toString());
    return this;
  }

  TinyDictionary info(String text) {
    articles.put("00databaseinfo", text);
    return this;
  }

  void writeTo(Path dir) throws IOException {
    StringBuilder index = new StringBuilder();
    byte[] all;
    try (var text = new java.io.ByteArrayOutputStream()) {
      for (Map.Entry<String, String> a : articles.entrySet()) {
        byte[] bytes = a.getValue().getBytes(StandardCharsets.UTF_8);
        index.append(a.getKey()).append('\t').append(DictdNumber.encode(text.size())).append('\t')
            .append(DictdNumber.encode(bytes.length)).append('\n');
        text.write(bytes);
      }
      all = text.toByteArray();
    }
    Files.writeString(dir.resolve("freedict-ara-eng.index"), index, StandardCharsets.UTF_8);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("freedict-ara-eng.dict.dz")))) {
      out.write(all);
    }
  }
}

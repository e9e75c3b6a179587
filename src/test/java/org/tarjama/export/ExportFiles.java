package org.tarjama.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads what an export wrote, for assertions. */
final class ExportFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportFiles() {
  }

  /** Every line of a JSONL file parsed; fails on the first line that is not JSON, naming it. */
  static List<JsonNode> jsonl(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      try {
        nodes.add(JSON.readTree(lines.get(i)));
      } catch (IOException e) {
        throw new AssertionError(file + ":" + (i + 1) + " is not JSON: " + e.getMessage(), e);
      }
    }
    return nodes;
  }

  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  static List<String> ids(List<JsonNode> nodes) {
    return nodes.stream().map(n -> n.path("id").asText()).toList();
  }
}

package org.tarjama.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.model.Article;
import org.tarjama.model.FlaggedLine;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Removal;
import org.tarjama.model.Repair;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.model.Span;

/**
 * {@code articles/<id>.json}: an article's metadata from its input (when any), cleaned paragraphs, segments with offsets, removed lines with reasons,
 * and kept lines flagged as possible boilerplate.
 */
public final class ArticleJson {

  private ArticleJson() {
  }

  public static ObjectNode toJson(Article article) {
    ObjectNode node = PairJson.MAPPER.createObjectNode();
    node.put("id", article.id());
    node.put("source", article.source());
    node.put("encoding", article.encoding());
    if (!article.metadata().isEmpty()) node.set("metadata", PairJson.MAPPER.valueToTree(article.metadata()));
    ArrayNode paragraphs = node.putArray("paragraphs");
    for (Paragraph p : article.paragraphs()) {
      ObjectNode pn = paragraphs.addObject();
      pn.put("index", p.index());
      pn.put("line", p.line());
      pn.put("text", p.text());
      ArrayNode segments = pn.putArray("segments");
      for (Segment s : p.segments()) {
        ObjectNode sn = segments.addObject();
        sn.put("id", s.id().toString());
        sn.put("start", s.span().start());
        sn.put("end", s.span().end());
        sn.put("text", s.text());
      }
    }
    // records map field by field: {"line", "text", "reason"}
    node.set("removed", PairJson.MAPPER.valueToTree(article.removals()));
    node.set("flagged", PairJson.MAPPER.valueToTree(article.flagged()));
    // {"line", "byteOffset", "what"}: what reading changed (invalid bytes, NULs); empty for a clean file
    node.set("repairs", PairJson.MAPPER.valueToTree(article.repairs()));
    return node;
  }

  public static Article fromJson(JsonNode node) {
    List<Paragraph> paragraphs = new ArrayList<>();
    for (JsonNode pn : node.path("paragraphs")) {
      List<Segment> segments = new ArrayList<>();
      for (JsonNode sn : pn.path("segments")) {
        segments.add(new Segment(SegmentId.parse(sn.path("id").asText()), sn.path("text").asText(),
            new Span(sn.path("start").asInt(), sn.path("end").asInt())));
      }
      paragraphs.add(new Paragraph(pn.path("index").asInt(), pn.path("line").asInt(), pn.path("text").asText(), segments));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    node.path("metadata").fields().forEachRemaining(e -> metadata.put(e.getKey(), e.getValue().asText()));
    return new Article(node.path("id").asText(), node.path("source").asText(), node.path("encoding").asText(),
        paragraphs, lines(node, "removed", Removal.class), lines(node, "flagged", FlaggedLine.class),
        lines(node, "repairs", Repair.class), metadata);
  }

  /** The records in array {@code field}; an older file without the field gives none. */
  private static <T> List<T> lines(JsonNode node, String field, Class<T> type) {
    JsonNode array = node.path(field);
    if (!array.isArray()) return List.of();
    return PairJson.MAPPER.convertValue(array,
        PairJson.MAPPER.getTypeFactory().constructCollectionType(List.class, type));
  }

  public static void write(Path folder, Article article) throws IOException {
    stage(folder, article).commit();
  }

  /** Writes the article file under a temporary name; the caller puts it in place. */
  public static AtomicFile.Staged stage(Path folder, Article article) throws IOException {
    try (AtomicFile file = AtomicFile.open(folder.resolve(fileName(article.id())))) {
      file.writer().write(PairJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(article)) + "\n");
      return file.stage();
    }
  }

  public static Article read(Path file) throws IOException {
    return fromJson(PairJson.MAPPER.readTree(file.toFile()));
  }

  /** A file name for an article id: path separators and other unsafe characters become '_'. */
  public static String fileName(String id) {
    return id.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".json";
  }
}

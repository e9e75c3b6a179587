package org.tarjama.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an export did, written as {@code export.json}: pairs read and kept, exclusions by kind, duplicate groups,
 * the documents and pairs of each split part, and the files written.
 */
public record ExportReport(String source, long pairs, long kept, Map<String, Long> excludedByKind, long duplicateGroups,
                           long mergedDuplicates, Map<String, Part> parts, List<Path> files) {

  public ExportReport {
    excludedByKind = Map.copyOf(excludedByKind);
    parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
    files = List.copyOf(files);
  }

  /** One output part (the whole corpus when there is no split): its documents and kept pairs. */
  public record Part(List<String> documents, long pairs) {
    public Part {
      documents = List.copyOf(documents);
    }
  }

  public long excluded() {
    return pairs - kept;
  }

  void write(Path target, ExportOptions options) throws IOException {
    ObjectNode node = PairJson.MAPPER.createObjectNode();
    node.put("source", source);
    options.formats().stream().sorted().forEach(f -> node.withArray("formats").add(f.label()));
    ObjectNode filters = node.putObject("filters");
    options.filters().dropFlags().stream().sorted().forEach(filters.putArray("drop")::add);
    if (options.filters().maxLengthRatioZ().isPresent()) {
      filters.put("max_length_ratio_z", options.filters().maxLengthRatioZ().getAsDouble());
    }
    filters.put("min_words", options.filters().minWords());
    ObjectNode dedup = node.putObject("dedup");
    dedup.put("mode", options.dedup().name().toLowerCase(java.util.Locale.ROOT));
    if (options.dedup() == ExportOptions.Dedup.NEAR) {
      dedup.put("near_threshold", options.nearThreshold());
      dedup.put("similarity", "exact Jaccard of word bigrams of the normalised Arabic, across documents");
      dedup.put("min_shingles", NearDuplicates.MIN_SHINGLES);
      dedup.put("minhash_hashes", NearDuplicates.HASHES);
      dedup.put("minhash_bands", NearDuplicates.BANDS);
    }
    ObjectNode counts = node.putObject("counts");
    counts.put("pairs", pairs);
    counts.put("kept", kept);
    counts.put("excluded", excluded());
    ObjectNode byKind = counts.putObject("excluded_by_kind");
    excludedByKind.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> byKind.put(e.getKey(), e.getValue()));
    counts.put("duplicate_groups", duplicateGroups);
    counts.put("merged_duplicates", mergedDuplicates);
    if (options.split().isPresent()) {
      ObjectNode split = node.putObject("split");
      split.put("seed", options.seed());
      ObjectNode partsNode = split.putObject("parts");
      parts.forEach((name, part) -> {
        ObjectNode p = partsNode.putObject(name);
        p.put("share", options.split().get().shares().get(name));
        p.put("pairs", part.pairs());
        part.documents().forEach(p.putArray("documents")::add);
      });
    }
    files.forEach(f -> node.withArray("files").add(f.getFileName().toString()));
    AtomicFile.write(target, PairJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
  }
}

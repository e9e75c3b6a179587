package org.tarjama.export;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything an export needs: where to write, which formats, the file name for an unsplit corpus, filters,
 * deduplication and an optional split with its seed.
 */
public record ExportOptions(Path out, Set<ExportFormat> formats, String name, PairFilters filters, Dedup dedup,
                            double nearThreshold, Optional<SplitSpec> split, long seed) {

  private static final Set<String> RESERVED = Set.of("excluded", "export", "review");

  /** How much deduplication to do. */
  public enum Dedup { NONE, EXACT, NEAR }

  public ExportOptions {
    if (formats.isEmpty()) throw new IllegalArgumentException("no export format given; choose from tmx, moses, tsv, jsonl");
    formats = Set.copyOf(EnumSet.copyOf(formats));
    for (String part : split.map(SplitSpec::names).orElse(List.of(name))) {
      if (RESERVED.contains(part)) {
        throw new IllegalArgumentException("'" + part + "' names a file the export writes itself; choose another name");
      }
    }
    new SplitSpec(Map.of(name, 1.0));
    if (!(nearThreshold > 0 && nearThreshold <= 1)) {
      throw new IllegalArgumentException("--near-threshold must be above 0 and at most 1, not " + nearThreshold);
    }
  }

  public static Builder builder(Path out) {
    return new Builder(out);
  }

  /** Builds {@link ExportOptions} with defaults: every format, name corpus, no filters, near dedup, no split. */
  public static final class Builder {
    private final Path out;
    private Set<ExportFormat> formats = EnumSet.allOf(ExportFormat.class);
    private String name = "corpus";
    private PairFilters filters = PairFilters.none();
    private Dedup dedup = Dedup.NEAR;
    private double nearThreshold = Deduplication.DEFAULT_THRESHOLD;
    private Optional<SplitSpec> split = Optional.empty();
    private long seed = 42;

    private Builder(Path out) {
      this.out = out;
    }

    public Builder formats(Set<ExportFormat> value) {
      this.formats = value;
      return this;
    }

    public Builder name(String value) {
      this.name = value;
      return this;
    }

    public Builder filters(PairFilters value) {
      this.filters = value;
      return this;
    }

    public Builder dedup(Dedup value) {
      this.dedup = value;
      return this;
    }

    public Builder nearThreshold(double value) {
      this.nearThreshold = value;
      return this;
    }

    public Builder split(Optional<SplitSpec> value) {
      this.split = value;
      return this;
    }

    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    public ExportOptions build() {
      return new ExportOptions(out, formats, name, filters, dedup, nearThreshold, split, seed);
    }
  }
}

package org.tarjama.pipeline;

import org.tarjama.align.Aligner;
import org.tarjama.clean.Cleaner;
import org.tarjama.clean.NewsCleaner;
import org.tarjama.io.ArticleReader;
import org.tarjama.quality.QualityCheck;
import org.tarjama.segment.ArabicSegmenter;
import org.tarjama.segment.Segmenter;

/** The stage implementations a run uses; tests swap single stages with {@code with…}. */
public record Stages(ArticleReader reader, Cleaner cleaner, Segmenter segmenter, Aligner aligner, QualityCheck quality) {

  public static Stages defaults() {
    return new Stages(new ArticleReader(), new NewsCleaner(), new ArabicSegmenter(), Aligner.bySegmentId(), QualityCheck.standard());
  }

  public Stages withReader(ArticleReader newReader) {
    return new Stages(newReader, cleaner, segmenter, aligner, quality);
  }

  public Stages withCleaner(Cleaner newCleaner) {
    return new Stages(reader, newCleaner, segmenter, aligner, quality);
  }

  public Stages withQuality(QualityCheck newQuality) {
    return new Stages(reader, cleaner, segmenter, aligner, newQuality);
  }
}

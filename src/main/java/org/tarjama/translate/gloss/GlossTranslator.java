package org.tarjama.translate.gloss;

import java.util.List;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslationItem;

/** The {@code gloss} backend: offline, word by word, never fit for training. */
public final class GlossTranslator implements Translator {

  static final String NAME = "gloss";

  private final Glosser glosser;
  private final String model;

  GlossTranslator(Glosser glosser, String model) {
    this.glosser = glosser;
    this.model = model;
  }

  Glosser glosser() {
    return glosser;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The dictionary and its edition, e.g. {@code freedict-ara-eng-0.6.3}. */
  @Override
  public String model() {
    return model;
  }

  /** Everything is local, so batches are only bounded to keep one call's memory small. */
  @Override
  public BatchLimits limits() {
    return BatchLimits.items(1000);
  }

  @Override
  public List<String> translate(List<TranslationItem> batch) {
    return batch.stream().map(item -> glosser.gloss(item.text())).toList();
  }

  @Override
  public boolean fitForTraining() {
    return false;
  }
}

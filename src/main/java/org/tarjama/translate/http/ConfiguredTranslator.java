package org.tarjama.translate.http;

import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Translator;

/** A translator whose name, model and limits are fixed when its provider builds it. */
public abstract class ConfiguredTranslator implements Translator {

  private final String name;
  private final String model;
  private final BatchLimits limits;

  protected ConfiguredTranslator(String name, String model, BatchLimits limits) {
    this.name = name;
    this.model = model;
    this.limits = limits;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String model() {
    return model;
  }

  @Override
  public final BatchLimits limits() {
    return limits;
  }
}

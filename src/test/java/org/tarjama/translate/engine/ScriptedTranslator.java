package org.tarjama.translate.engine;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Translator;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.pseudo.PseudoTranslator;

/** A recording fake backend: answers each call with a script (pseudo-translation by default) and keeps every batch. */
final class ScriptedTranslator implements Translator {

  /** What the backend does on its {@code call}-th call (1-based). */
  @FunctionalInterface
  interface Script {
    List<String> answer(List<TranslationItem> batch, int call) throws BackendException;
  }

  static final String NAME = "scripted";
  static final String MODEL = "m1";

  private final BatchLimits limits;
  private final Script script;
  private final List<List<TranslationItem>> calls = new ArrayList<>();

  ScriptedTranslator(BatchLimits limits, Script script) {
    this.limits = limits;
    this.script = script;
  }

  ScriptedTranslator(BatchLimits limits) {
    this(limits, (batch, call) -> healthy(batch));
  }

  /** The pseudo-translation of every item: the answer of a healthy backend. */
  static List<String> healthy(List<TranslationItem> batch) {
    return batch.stream().map(item -> PseudoTranslator.forward(item.text())).toList();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String model() {
    return MODEL;
  }

  @Override
  public BatchLimits limits() {
    return limits;
  }

  @Override
  public List<String> translate(List<TranslationItem> batch) throws BackendException {
    int call;
    synchronized (this) {
      calls.add(List.copyOf(batch));
      call = calls.size();
    }
    return script.answer(batch, call);
  }

  synchronized List<List<TranslationItem>> calls() {
    return List.copyOf(calls);
  }

  /** Every text sent, in the order of the calls. */
  synchronized List<String> sentTexts() {
    return calls.stream().flatMap(List::stream).map(TranslationItem::text).toList();
  }
}

package org.tarjama.translate.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;

/** The items of one request, in order; keys are unique so replies can be checked item by item. */
public record Batch(List<TranslationItem> items) {

  public Batch {
    items = List.copyOf(items);
    if (items.isEmpty()) throw new IllegalArgumentException("empty batch");
    Set<String> keys = new HashSet<>();
    for (TranslationItem item : items) {
      if (!keys.add(item.key())) throw new IllegalArgumentException("batch has key " + item.key() + " twice");
    }
  }

  public int size() {
    return items.size();
  }

  /** Characters (code points) summed over the items: what per-character prices and limits count. */
  public long characters() {
    long chars = 0;
    for (TranslationItem item : items) chars += BatchLimits.chars(item.text());
    return chars;
  }

  public Batch first() {
    return new Batch(items.subList(0, items.size() / 2));
  }

  public Batch second() {
    return new Batch(items.subList(items.size() / 2, items.size()));
  }
}

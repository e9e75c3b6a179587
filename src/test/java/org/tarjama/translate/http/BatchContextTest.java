package org.tarjama.translate.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.TranslationItem;

class BatchContextTest {

  @Test
  void distinctContextsInOrderOnePerLine() {
    List<TranslationItem> batch = List.of(new TranslationItem("a", "نص", "السياق الأول"),
        new TranslationItem("b", "نص", ""), new TranslationItem("c", "نص", "السياق الأول"),
        new TranslationItem("d", "نص", " السياق الثاني "));
    assertEquals("السياق الأول\nالسياق الثاني", BatchContext.of(batch, 1000));
  }

  @Test
  void onlyWholeContextsWithinTheBudget() {
    List<TranslationItem> batch = new ArrayList<>();
    for (int i = 0; i < 20; i++) batch.add(new TranslationItem("k" + i, "نص", "ب".repeat(1000) + i));
    // each context is 2,001 bytes plus a line break: 8 fit in 16 KiB
    assertEquals(8, BatchContext.of(batch, 16 * 1024).split("\n").length);
    assertEquals("", BatchContext.of(batch, 100));
  }

  @Test
  void contextLinesThatAreTheBatchsOwnTextsAreLeftOutAndTheRestKeptOnce() {
    List<TranslationItem> batch = List.of(
        new TranslationItem("a", "قال باقري.", "وقع الطرفان الاتفاق.\nوأضاف أيوب."),
        new TranslationItem("b", "وأضاف أيوب.", "وقع الطرفان الاتفاق.\nقال باقري.\nوانتهى اللقاء."));
    assertEquals("وقع الطرفان الاتفاق.\nوانتهى اللقاء.", BatchContext.of(batch, 1000));
  }
}

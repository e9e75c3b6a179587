package org.tarjama.translate.http.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringNamesTest {

  private static List<String> recurring(List<String> sentences) {
    RecurringNames names = new RecurringNames();
    sentences.forEach(names::propose);
    sentences.forEach(names::count);
    return names.recurring();
  }

  @Test
  void namesAfterTitlesAndInQuotesThatRecurAreFoundWithTheirSurnames() {
    List<String> found = recurring(List.of(
        "وبث التلفزيون مقطعاً يظهر فيه رئيس الأركان، اللواء محمد باقري، ووزير الدفاع السوري، العماد علي أيوب.",
        "وقال «باقري» إن إيران ستقوي الدفاع الجوي.",
        "وأثنى اللواء باقري على ما أدلى به العماد أيوب.",
        "وحضر اللقاء مع أيوب وباقري وفد عسكري."));
    assertTrue(found.containsAll(List.of("باقري", "أيوب")), found.toString());
    assertEquals("باقري", found.get(0), "the most frequent first: " + found);
  }

  @Test
  void aNameSeenOnceIsNotAGlossaryTerm() {
    List<String> found = recurring(List.of("وقال الوزير سامي الحلبي إن الاتفاق شامل.", "ووقع الطرفان الاتفاق في دمشق."));
    assertFalse(found.contains("سامي الحلبي"), found.toString());
    assertEquals(List.of(), found);
  }

  @Test
  void aConjunctionOrPrepositionInFrontStillCounts() {
    List<String> found = recurring(List.of("قال اللواء باقري إن الاتفاق شامل.", "وتحدث وباقري عن الاتفاق.", "ونقل عن لباقري قوله."));
    assertTrue(found.contains("باقري"), found.toString());
  }
}

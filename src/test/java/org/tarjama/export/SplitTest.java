package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitTest {

  private static Map<String, Integer> documents(int count) {
    Map<String, Integer> docs = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) docs.put(String.format("doc%03d", i), 5 + (i * 7) % 30);
    return docs;
  }

  @Test
  void partsKeepTheOrderGiven() {
    assertEquals(List.of("train", "dev", "test"), SplitSpec.parse("train=0.8, dev=0.1,test=0.1").names());
  }

  @Test
  void sharesMustAddUpToOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SplitSpec.parse("train=0.8,dev=0.1"));
    assertEquals("split shares add up to 0.9000; they must add up to 1", e.getMessage());
  }

  @Test
  void malformedPartIsNamed() {
    assertEquals("split part 'train:0.8' is not NAME=SHARE (e.g. train=0.8)",
        assertThrows(IllegalArgumentException.class, () -> SplitSpec.parse("train:0.8,test=0.2")).getMessage());
    assertEquals("split share 'lots' of dev is not a number",
        assertThrows(IllegalArgumentException.class, () -> SplitSpec.parse("train=0.8,dev=lots")).getMessage());
  }

  @Test
  void sameSeedGivesTheSamePlanAndAnotherSeedAnother() {
    SplitSpec spec = SplitSpec.parse("train=0.8,dev=0.1,test=0.1");
    assertEquals(SplitPlan.of(spec, documents(200), 7).documents(), SplitPlan.of(spec, documents(200), 7).documents());
    assertTrue(!SplitPlan.of(spec, documents(200), 7).documents().equals(SplitPlan.of(spec, documents(200), 8).documents()));
  }

  @Test
  void everyDocumentGoesToExactlyOnePartNearTheShares() {
    Map<String, Integer> docs = documents(200);
    SplitPlan plan = SplitPlan.of(SplitSpec.parse("train=0.8,dev=0.1,test=0.1"), docs, 42);
    long total = docs.values().stream().mapToLong(Integer::longValue).sum();
    int placed = 0;
    for (Map.Entry<String, List<String>> part : plan.documents().entrySet()) {
      placed += part.getValue().size();
      part.getValue().forEach(doc -> assertEquals(part.getKey(), plan.partOf(doc)));
      long pairs = part.getValue().stream().mapToLong(docs::get).sum();
      double expected = Map.of("train", 0.8, "dev", 0.1, "test", 0.1).get(part.getKey());
      assertEquals(expected, (double) pairs / total, 0.02, part.getKey());
    }
    assertEquals(200, placed);
  }
}

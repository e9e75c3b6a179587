package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  private static final String QUOTED_IN_000 = "وفي تعليقه على التدخلات التركية في سوريا، شدد «باقري» على أن «تركيا عليها أن"
      + " تدرك أن حل أيّ من مشاكلها الأمنية هو عبر التفاوض والتفاهم مع الجانب السوري، ولا يكون عبر التواجد في الأراضي السورية».";
  private static final String QUOTED_IN_003 = "ودعا باقري تركيا للتواصل مع النظام السوري لحل مشاكلها الأمنية، قائلًا إن \"على"
      + " تركيا أن تدرك أن حل أي من مشاكلها الأمنية هو عبر التفاوض والتفاهم مع الجانب السوري، ولا يكون عبر التواجد في"
      + " الأراضي السورية\".";
  private static final String OTHER = "وتخضع سوريا وإيران لعقوبات اقتصادية مشددة، ازدادت حدتها على نظام الأسد مع دخول"
      + " قانون قيصر الأميركي حيز التنفيذ الشهر الماضي.";

  private static long[] shingles(String text) {
    return NearDuplicates.shingles(DedupKey.of(text));
  }

  @Test
  void sameQuotationInAnotherOutletIsANearDuplicate() {
    NearDuplicates index = new NearDuplicates(0.35);
    index.add("000:p7s1", "000", shingles(QUOTED_IN_000));
    Optional<NearDuplicates.Match> match = index.find("003", shingles(QUOTED_IN_003));
    assertEquals("000:p7s1", match.orElseThrow().id());
    assertEquals(0.447, match.get().jaccard(), 0.001);
  }

  @Test
  void unrelatedSentenceIsNotADuplicate() {
    NearDuplicates index = new NearDuplicates(0.35);
    index.add("000:p7s1", "000", shingles(QUOTED_IN_000));
    assertEquals(Optional.empty(), index.find("001", shingles(OTHER)));
  }

  @Test
  void nearDuplicatesAreOnlySoughtAcrossDocuments() {
    NearDuplicates index = new NearDuplicates(0.35);
    index.add("000:p7s1", "000", shingles(QUOTED_IN_000));
    assertEquals(Optional.empty(), index.find("000", shingles(QUOTED_IN_003)));
  }

  @Test
  void thresholdIsAppliedToTheExactJaccard() {
    NearDuplicates strict = new NearDuplicates(0.45);
    strict.add("000:p7s1", "000", shingles(QUOTED_IN_000));
    assertEquals(Optional.empty(), strict.find("003", shingles(QUOTED_IN_003)));
  }

  @Test
  void shortSegmentsAreLeftToExactMatching() {
    NearDuplicates index = new NearDuplicates(0.35);
    index.add("a:p1s1", "a", shingles("مرصد مينا – إيران"));
    assertEquals(Optional.empty(), index.find("b", shingles("مرصد مينا – إيران")));
  }

  @Test
  void jaccardCountsSharedShinglesOverAll() {
    assertEquals(2.0 / 4, NearDuplicates.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4}));
    assertTrue(NearDuplicates.jaccard(shingles(QUOTED_IN_000), shingles(QUOTED_IN_000)) == 1.0);
  }
}

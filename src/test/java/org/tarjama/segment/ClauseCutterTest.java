package org.tarjama.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Segment;
import org.tarjama.model.Span;

class ClauseCutterTest {

  private static final String LONG = "وتم التوقيع على الاتفاقية، بعد يوم من صدور تقرير لمحققين أمميين عن سوريا، انتقدوا فيه"
      + " انتهاكات حقوق الإنسان، والتي تورط فيها النظام وداعميه والفصائل المتشددة المحسوبة على المعارضة على حد سواء، إذ"
      + " أكد محققون تابعون للأمم المتحدة، أمس الثلاثاء، أن طائرات حربية سورية وروسية نفذت ضربات جوية مميتة ترقى إلى حد"
      + " جرائم الحرب على مدارس ومستشفيات وأسواق في محافظة إدلب.";
  private static final String SEMICOLON = "الظروف الإقليمية، وما يمر به محور المقاومة من ظروف وتحديات، تستدعي هكذا نوع من"
      + " التعاون؛ كما أن المواجهة المفتوحة مع الولايات المتحدة الامريكية والكيان الصهيوني، تستوجب رفع عتبة الجاهزية في"
      + " المواجهة وتفعيل جميع قنوات التعاون العسكري المشترك.";
  private static final String NO_PUNCTUATION = "قمة عسكرية سورية إيرانية مشتركة في مبنى وزارة الدفاع بدمشق جمعت بين وزير"
      + " الدفاع ورئيس أركان الجيش السوري العماد علي أيوب ورئيس أركان الجيش الإيراني اللواء محمد باقري كللت بتوقيع"
      + " اتفاقية تعاون عسكري شامل بين البلدين.";

  private final ArabicSegmenter segmenter = new ArabicSegmenter();

  @Test
  void cutsAfterTheSemicolonFirst() {
    assertEquals(List.of(
        "الظروف الإقليمية، وما يمر به محور المقاومة من ظروف وتحديات، تستدعي هكذا نوع من التعاون؛",
        "كما أن المواجهة المفتوحة مع الولايات المتحدة الامريكية والكيان الصهيوني، تستوجب رفع عتبة الجاهزية في المواجهة"
            + " وتفعيل جميع قنوات التعاون العسكري المشترك."), pieces(SEMICOLON, 200));
  }

  @Test
  void prefersACommaBeforeAClauseOpenedByWaw() {
    assertEquals("وتم التوقيع على الاتفاقية، بعد يوم من صدور تقرير لمحققين أمميين عن سوريا، انتقدوا فيه انتهاكات حقوق"
        + " الإنسان،", pieces(LONG, 120).get(0));
  }

  @Test
  void cutsIntoTheFewestPiecesThatFitTheLimit() {
    List<String> pieces = pieces(LONG, 200);
    assertEquals(List.of(
        "وتم التوقيع على الاتفاقية، بعد يوم من صدور تقرير لمحققين أمميين عن سوريا، انتقدوا فيه انتهاكات حقوق الإنسان،"
            + " والتي تورط فيها النظام وداعميه والفصائل المتشددة المحسوبة على المعارضة على حد سواء،",
        "إذ أكد محققون تابعون للأمم المتحدة، أمس الثلاثاء، أن طائرات حربية سورية وروسية نفذت ضربات جوية مميتة ترقى إلى"
            + " حد جرائم الحرب على مدارس ومستشفيات وأسواق في محافظة إدلب."), pieces);
  }

  @Test
  void cutsAtASpaceNearTheMiddleWithoutPunctuation() {
    assertEquals(List.of(
        "قمة عسكرية سورية إيرانية مشتركة في مبنى وزارة الدفاع بدمشق جمعت بين وزير الدفاع ورئيس أركان الجيش السوري",
        "العماد علي أيوب ورئيس أركان الجيش الإيراني اللواء محمد باقري كللت بتوقيع اتفاقية تعاون عسكري شامل بين البلدين."),
        pieces(NO_PUNCTUATION, 120));
  }

  @Test
  void keepsEveryPieceWithinTheLimitAndCoversTheSentence() {
    for (int max = 40; max <= 400; max += 7) {
      Sentence sentence = segmenter.sentences(LONG, max).get(0);
      for (Span piece : sentence.parts()) assertEquals(true, piece.length() <= max, "piece over " + max);
      assertEquals(LONG, String.join(" ", sentence.parts().stream().map(p -> p.covered(LONG)).toList()));
    }
  }

  @Test
  void cutsAWordLongerThanTheLimitWhereItMust() {
    String url = "https://example.com/" + "a".repeat(50);
    assertEquals(List.of("https://example.com/aaaaaaaaaa", "a".repeat(30), "a".repeat(10)), pieces(url, 30));
  }

  @Test
  void leavesASentenceWithinTheLimitWhole() {
    assertEquals(List.of(Sentence.whole(new Span(0, SEMICOLON.length()))), segmenter.sentences(SEMICOLON, 1000));
  }

  @Test
  void numbersPiecesAsPartsOfOneSentence() {
    Paragraph paragraph = new Paragraph(3, 7, "بدأ الاجتماع. " + SEMICOLON);
    List<String> ids = segmenter.segments("004", paragraph, 200).stream().map(Segment::id).map(Object::toString).toList();
    assertEquals(List.of("004:p3s1", "004:p3s2.1", "004:p3s2.2"), ids);
  }

  @Test
  void refusesALimitBelowOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> segmenter.sentences(LONG, 0));
    assertEquals("maxChars must be at least 1, got 0", e.getMessage());
  }

  private List<String> pieces(String text, int max) {
    List<Sentence> sentences = segmenter.sentences(text, max);
    assertEquals(1, sentences.size());
    return sentences.get(0).parts().stream().map(p -> p.covered(text)).toList();
  }
}

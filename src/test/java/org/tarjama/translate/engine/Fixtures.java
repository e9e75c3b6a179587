package org.tarjama.translate.engine;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Article;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.model.Span;
import org.tarjama.translate.TranslationItem;

/** Real Arabic sentences from the seed articles, and articles built from them. */
final class Fixtures {

  static final List<String> SENTENCES = List.of(
      "أعلنت وسائل إعلام إيرانية رسمية أن طهران ودمشق وقعتا اتفاقاً شاملاً للتعاون في المجال العسكري.",
      "وبث التلفزيون الرسمي الإيراني مقطع فيديو يظهر فيه رئيس أركان الجيش الإيراني.",
      "وقال باقري إن إيران ستقوم بتقوية أنظمة الدفاع الجوي السورية.",
      "وأضاف رئيس الأركان الإيراني أن هذه الأنظمة ستعزز إرادتنا.",
      "وتأتي هذه الاتفاقية في ظل تصاعد الغارات الإسرائيلية على مواقع في سوريا.",
      "وزير الدفاع السوري علي أيوب التقى اللواء محمد باقري في دمشق.",
      "وأكد الجانبان على أهمية التعاون المشترك في مواجهة الضغوط الأميركية.",
      "رغم الغارات الإسرائيلية… اتفاق عسكري شامل بين النظام السوري وإيران");

  private Fixtures() {
  }

  /** The {@code n}-th of an endless supply of distinct sentences. */
  static String sentence(int n) {
    return SENTENCES.get(n % SENTENCES.size()) + (n < SENTENCES.size() ? "" : " (" + n + ")");
  }

  /** An article with one paragraph holding {@code sentences} as its segments. */
  static Article article(String id, String... sentences) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String s : sentences) {
      if (text.length() > 0) text.append(' ');
      int start = text.length();
      text.append(s);
      segments.add(new Segment(new SegmentId(id, 1, segments.size() + 1), s, new Span(start, text.length())));
    }
    return new Article(id, id + ".txt", "UTF-8", List.of(new Paragraph(1, 1, text.toString(), segments)), List.of());
  }

  /** {@code count} articles of {@code perArticle} distinct sentences each. */
  static List<Article> articles(int count, int perArticle) {
    List<Article> articles = new ArrayList<>();
    int n = 0;
    for (int a = 0; a < count; a++) {
      String[] sentences = new String[perArticle];
      for (int s = 0; s < perArticle; s++) sentences[s] = sentence(n++);
      articles.add(article(String.format("a%03d", a), sentences));
    }
    return articles;
  }

  static Batch batch(String... texts) {
    List<TranslationItem> items = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) items.add(new TranslationItem("k" + (i + 1), texts[i]));
    return new Batch(items);
  }
}

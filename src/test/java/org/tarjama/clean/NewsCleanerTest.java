package org.tarjama.clean;

import org.tarjama.model.FlaggedLine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Removal;

/** The cleaner's rules one by one, each on a small article around real sentences from the seeds. */
class NewsCleanerTest {

  private static final String BODY_1 = "ووقع النظامان السوري والإيراني، يوم الأربعاء، اتفاقا عسكريا لمساعدة الأسد في تعزيز"
      + " دفاعاته الجوية، وفق ما أفاد التلفزيون الرسمي الإيراني.";
  private static final String BODY_2 = "وتخضع سوريا وإيران لعقوبات اقتصادية مشددة، ازدادت حدتها على نظام الأسد مع دخول"
      + " قانون قيصر الأميركي حيز التنفيذ الشهر الماضي.";

  private final NewsCleaner cleaner = new NewsCleaner();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "تابعونا على تويتر                                   | share",
      "Share this article                                  | share",
      "شارك                                                | share",
      "Follow us on Facebook                               | share",
      "اقرأ أيضاً: واشنطن تؤكد استعدادها لدعم تركيا فيما يخص إدلب | related",
      "الأربعاء 8 تموز 2020                                 | date",
      "2020-07-08                                          | date",
      "08/07/2020 - 18:57                                  | date",
      "٨ يوليو ٢٠٢٠                                         | date",
      "18:57                                               | time",
      "10:30 صباحاً                                         | time",
      "1034 مشاهدة                                         | count",
      "12 تعليق                                            | count",
      "info@almanar.com.lb                                 | link",
      "@AlManarNews                                        | link",
      "www.almanar.com.lb                                  | link",
      "IMG_2034.jpg                                        | file-name",
      "تصوير: أحمد علي                                     | credit",
      "المصدر: وكالة سانا                                  | credit",
      "رويترز                                              | credit",
      "© 2020 جميع الحقوق محفوظة لقناة المنار               | copyright",
      "Exit mobile version                                 | navigation",
      "الرئيسية » أخبار » سوريا                             | navigation"})
  void removesABoilerplateLineInsideTheBodyWithItsReason(String line, String category) {
    CleanText clean = cleaner.clean("a", BODY_1 + "\n" + line + "\n" + BODY_2);
    assertEquals(List.of(2), clean.removals().stream().map(Removal::line).toList(), () -> clean.removals().toString());
    assertEquals(category, RemovalKind.of(clean.removals().get(0).reason()).label());
    assertEquals(List.of(BODY_1, BODY_2), texts(clean));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "شارك الوزير في الاجتماع الطارئ الذي عقد أمس في دمشق.",
      "وقال المتحدث إن الاتفاق وقع في 8 تموز 2020 في دمشق.",
      "وللمزيد من التفاصيل يمكن مراجعة الموقع www.sana.sy الذي نشر نص الاتفاقية كاملا.",
      "المصدر: مصادر مطلعة أكدت أن الاتفاقية تشمل تدريب القوات وتبادل الخبرات وتطوير منظومات الدفاع الجوي في سوريا.",
      "اتفاقية تعاون مشترك"})
  void keepsContentThatLooksLikeBoilerplate(String line) {
    CleanText clean = cleaner.clean("a", BODY_1 + "\n" + line + "\n" + BODY_2);
    assertEquals(List.of(), clean.removals());
    assertEquals(List.of(BODY_1, line, BODY_2), texts(clean));
  }

  @Test
  void keepsALoneLineUnderAListHeadingAndFlagsIt() {
    CleanText clean = cleaner.clean("a", "اقرأ أيضا\nاتفاق عسكري شامل بين النظام السوري وإيران\n\n" + BODY_1);
    assertEquals(List.of("1 related: heading «اقرأ أيضا» of a list of other stories"), lines(clean.removals()));
    assertEquals(List.of(new FlaggedLine(2, "اتفاق عسكري شامل بين النظام السوري وإيران",
        "follows the list heading «اقرأ أيضا» but is alone; kept")), clean.flags());
  }

  @Test
  void cutsTheSiteNameOffAPageTitleWhenTheHeadlineIsNotRepeated() {
    CleanText clean = cleaner.clean("a", "اتفاق عسكري شامل بين سوريا وإيران | صحيفة الشرق الأوسط\n" + BODY_1);
    assertEquals(List.of(new Removal(1, "| صحيفة الشرق الأوسط",
        "page-title: the site name after the headline in the page title")), clean.removals());
    assertEquals(List.of("اتفاق عسكري شامل بين سوريا وإيران", BODY_1), texts(clean));
  }

  @Test
  void removesBylinesAboveAndBelowTheBody() {
    CleanText clean = cleaner.clean("a", "اتفاق عسكري شامل\nبقلم: خليل موسى\n" + BODY_1 + "\n" + BODY_2 + "\nإعداد: قسم الأخبار");
    assertEquals(List.of("2 byline: the author's line above the article", "5 byline: the author's line below the article"),
        lines(clean.removals()));
  }

  @Test
  void removesAnAuthorLineAboveTheHeadline() {
    CleanText clean = cleaner.clean("a", "بقلم: خليل موسى\nاتفاق عسكري شامل\n" + BODY_1);
    assertEquals(List.of("1 byline: the author's line above the article"), lines(clean.removals()));
    assertEquals(List.of("اتفاق عسكري شامل", BODY_1), texts(clean));
  }

  @Test
  void keepsAndFlagsALongerLineAfterTheBody() {
    CleanText clean = cleaner.clean("a", BODY_1 + "\nللمزيد من الأخبار زوروا موقعنا الإلكتروني");
    assertEquals(List.of(), clean.removals());
    assertEquals(List.of(new FlaggedLine(2, "للمزيد من الأخبار زوروا موقعنا الإلكتروني", "line after the article body; kept")),
        clean.flags());
  }

  @Test
  void dropsBlankLinesWithoutARecordAndNumbersParagraphsBySourceLine() {
    CleanText clean = cleaner.clean("a", "\u00A0\n\n" + BODY_1 + "\r\n\u200F\n\t\n" + BODY_2 + "\n");
    assertEquals(List.of(), clean.removals());
    assertEquals(List.of(new Paragraph(1, 3, BODY_1), new Paragraph(2, 6, BODY_2)), clean.paragraphs());
  }

  @Test
  void readsUserPhrasesFromAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("mine.txt");
    java.nio.file.Files.writeString(file, "# my site\nshare\tline\tانشر الخبر\n");
    NewsCleaner mine = new NewsCleaner(BoilerplatePhrases.builtIn().with(file), BatchTemplate.none());
    CleanText clean = mine.clean("a", BODY_1 + "\nانشر الخبر:\n" + BODY_2);
    assertEquals(List.of("2 share: «انشر الخبر»"), lines(clean.removals()));
  }

  @Test
  void namesTheFileAndLineOfABadPhrase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("bad.txt");
    java.nio.file.Files.writeString(file, "share\tline\tانشر\nshare\teverywhere\tتابع\n");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> BoilerplatePhrases.builtIn().with(file));
    assertEquals(file + " line 2: unknown category 'share' or how 'everywhere' (how is line, list, start, label or contains)",
        e.getMessage());
  }

  private static List<String> texts(CleanText clean) {
    return clean.paragraphs().stream().map(Paragraph::text).toList();
  }

  private static List<String> lines(List<Removal> removals) {
    return removals.stream().map(r -> r.line() + " " + r.reason()).toList();
  }
}

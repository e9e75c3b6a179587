package org.tarjama.clean;

import org.tarjama.model.FlaggedLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Removal;
import org.tarjama.segment.GoldParagraphs;

/** The cleaner on the five seed articles in {@code seeds/} (tests run from the repository root). */
class SeedCleaningTest {

  private static final Path SEEDS = Path.of("seeds");
  private final NewsCleaner cleaner = new NewsCleaner();

  static List<String> seeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.map(p -> p.getFileName().toString().replace(".txt", "")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void removesExactlyTheExpectedLinesWithTheirReasons(String id) throws IOException {
    List<String> expected = expectedRemovals().getOrDefault(id, List.of());
    List<String> actual = clean(id).removals().stream()
        .map(r -> r.line() + "\t" + RemovalKind.of(r.reason()).label() + "\t" + r.text()).toList();
    assertEquals(expected, actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void keepsExactlyTheGoldParagraphs(String id) throws IOException {
    List<String> gold = GoldParagraphs.seeds().stream().filter(p -> p.article().equals(id))
        .map(p -> p.index() + "@" + p.line() + " " + p.text()).toList();
    List<String> kept = clean(id).paragraphs().stream().map(p -> p.index() + "@" + p.line() + " " + p.text()).toList();
    assertEquals(gold, kept);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void keepsEveryLineThatWasNotRemovedAsItsOwnParagraph(String id) throws IOException {
    List<String> raw = Files.readAllLines(SEEDS.resolve(id + ".txt"), StandardCharsets.UTF_8);
    CleanText clean = clean(id);
    Set<Integer> removed = clean.removals().stream().filter(r -> !r.reason().contains("the text stays"))
        .map(Removal::line).collect(Collectors.toSet());
    Map<Integer, String> byLine = clean.paragraphs().stream().collect(Collectors.toMap(Paragraph::line, Paragraph::text));
    TextNormalizer normalizer = new TextNormalizer();
    for (int i = 0; i < raw.size(); i++) {
      String line = normalizer.normalize(raw.get(i));
      if (line.isEmpty() || removed.contains(i + 1)) continue;
      assertTrue(byLine.containsKey(i + 1), id + " lost line " + (i + 1) + ": " + line);
      assertTrue(line.endsWith(byLine.get(i + 1)), id + " changed line " + (i + 1));
    }
  }

  @Test
  void keepsTheSentenceThePhotoNameWasGluedTo() throws IOException {
    CleanText clean = clean("004_2fc5d2ec209e6642");
    Paragraph p = clean.paragraphs().stream().filter(x -> x.line() == 16).findFirst().orElseThrow();
    assertTrue(p.text().startsWith("وفي معرض الحديث خلال المؤتمر الصحفي في مقر وزارة الدفاع، أكد الوزير السوري"));
    assertTrue(p.text().endsWith("ومواصلة التنسيق."));
    assertEquals(List.of(new Removal(16, "photo_2020-07-08_16-47-46",
            "file-name: a photo or file name glued to the text; the text stays")),
        clean.removals().stream().filter(r -> r.line() == 16).toList());
  }

  @Test
  void leavesNoBoilerplateInAnySeed() throws IOException {
    List<String> boilerplate = List.of("Exit mobile version", "المزيد", "18:57", "http", "1034", "مشاهدة",
        "حجم الخط", "photo_", "موقع قناة المنار", "المجموعة اللبنانية للإعلام", "المصدر:", "إيران إنسايدر",
        "مرصد مينا", "خليل موسى", "واشنطن تؤكد استعدادها");
    for (String id : seeds()) {
      for (Paragraph p : clean(id).paragraphs()) {
        for (String b : boilerplate) assertFalse(p.text().contains(b), id + " line " + p.line() + " keeps " + b);
      }
    }
  }

  @Test
  void keepsTheHeadlineOnceAndTheSubheadings() throws IOException {
    List<String> texts003 = clean("003_e2e31be185229538").paragraphs().stream().map(Paragraph::text).toList();
    String headline = "اتفاقية شاملة للتعاون العسكري بين دمشق وطهران.. ورئيس الأركان الإيراني يوجه رسالة لتركيا";
    assertEquals(1, texts003.stream().filter(headline::equals).count());
    assertTrue(clean("001_992054940200dc08").paragraphs().stream().anyMatch(p -> p.text().equals("اتفاقية تعاون مشترك")));
  }

  @Test
  void flagsTheShortLineUnderTheHeadlineAndKeepsIt() throws IOException {
    CleanText clean = clean("004_2fc5d2ec209e6642");
    assertEquals(List.of(new FlaggedLine(7, "قمة عسكرية ايرانية سورية",
        "short line between the headline and the body (subtitle or caption); kept")), clean.flags());
    assertTrue(clean.paragraphs().stream().anyMatch(p -> p.line() == 7));
  }

  private CleanText clean(String id) throws IOException {
    return cleaner.clean(id, Files.readString(SEEDS.resolve(id + ".txt"), StandardCharsets.UTF_8));
  }

  private static Map<String, List<String>> expectedRemovals() throws IOException {
    Map<String, List<String>> byArticle = new TreeMap<>();
    try (var in = SeedCleaningTest.class.getResourceAsStream("/clean/seed-removals.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", 2);
        byArticle.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
      }
    }
    return byArticle;
  }
}

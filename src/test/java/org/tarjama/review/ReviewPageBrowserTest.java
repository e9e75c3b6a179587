package org.tarjama.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.export.OutputSet;
import org.tarjama.export.SeedRun;

/**
 * Renders the seeds' review page in headless Chromium (Debian package {@code chromium}) and checks the layout it
 * computed: Arabic cells right to left, English left to right, one row per pair, side by side on a desktop and
 * stacked at phone width, nothing fetched. Screenshots go to target/review-seeds.png and review-seeds-phone.png.
 */
class ReviewPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Pattern RESULT = Pattern.compile("<pre id=\"layout-result\">([^<]*)</pre>");

  @TempDir
  static Path temp;
  static Path run;
  static long pairs;

  @BeforeAll
  static void translateSeedsAndFindChromium() throws IOException {
    if (!Files.isExecutable(CHROMIUM)) {
      String message = CHROMIUM + " is missing: install Debian's chromium package (apt-get install -y chromium)";
      if (System.getenv("CI") != null) fail(message);
      assumeTrue(false, message + "; browser check skipped");
    }
    run = SeedRun.into(temp.resolve("run"));
    pairs = Files.readAllLines(run.resolve(OutputSet.PAIRS)).stream().filter(l -> !l.isBlank()).count();
  }

  @Test
  void desktopShowsArabicRightToLeftBesideEnglish() throws Exception {
    JsonNode layout = layout(1280, 900);
    assertEquals(pairs, layout.path("rows").asLong(), layout.toString());
    assertEquals(pairs, layout.path("pairRows").asLong());
    assertEquals(pairs, layout.path("arRtl").asLong(), "Arabic cells computed right to left: " + layout);
    assertEquals(pairs, layout.path("enLtr").asLong(), "English cells computed left to right: " + layout);
    assertEquals(pairs, layout.path("sideBySide").asLong(), "Arabic beside English on every row: " + layout);
    assertEquals(0, layout.path("resources").asInt(), "the page fetched something: " + layout);
    assertTrue(layout.path("scrollWidth").asInt() <= layout.path("width").asInt(), "page wider than the window: " + layout);
  }

  @Test
  void phoneWidthStacksArabicAboveEnglish() throws Exception {
    JsonNode layout = layout(390, 844);
    assertTrue(layout.path("phoneLayout").asBoolean(), "phone media query not applied: " + layout);
    assertEquals(pairs, layout.path("arRtl").asLong(), layout.toString());
    assertEquals(pairs, layout.path("enLtr").asLong(), layout.toString());
    assertEquals(pairs, layout.path("stacked").asLong(), "English under Arabic on every row: " + layout);
    assertTrue(layout.path("scrollWidth").asInt() <= layout.path("width").asInt(), "page scrolls sideways: " + layout);
  }

  @Test
  void screenshotsOfTheSeedsPageAreSaved() throws Exception {
    Path desktop = Path.of("target", "review-seeds.png").toAbsolutePath();
    Path phone = Path.of("target", "review-seeds-phone.png").toAbsolutePath();
    Files.deleteIfExists(desktop);
    Files.deleteIfExists(phone);
    chromium(run.resolve("review.html"), 1280, 2400, "--screenshot=" + desktop);
    chromium(run.resolve("review.html"), 390, 2400, "--screenshot=" + phone);
    assertTrue(Files.size(desktop) > 10_000, desktop + " is empty");
    assertTrue(Files.size(phone) > 10_000, phone + " is empty");
  }

  /** The layout Chromium computed for a copy of the seeds' page with the measuring script appended. */
  private static JsonNode layout(int width, int height) throws Exception {
    String page = Files.readString(run.resolve("review.html"), StandardCharsets.UTF_8);
    String script;
    try (InputStream in = ReviewPageBrowserTest.class.getResourceAsStream("layout-check.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path check = temp.resolve("check-" + width + ".html");
    Files.writeString(check, page.replace("</body>", "<script>\n" + script + "</script>\n</body>"), StandardCharsets.UTF_8);
    String dom = chromium(check, width, height, "--dump-dom");
    Matcher m = RESULT.matcher(dom);
    assertTrue(m.find(), "no layout result in Chromium's DOM dump (" + dom.length() + " characters)");
    return new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
  }

  private static String chromium(Path page, int width, int height, String action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(temp, "chromium-profile");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height, action,
        page.toUri().toString()));
    Path log = temp.resolve("chromium-" + System.nanoTime() + ".log");
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish in 120 s; its log: " + log);
    }
    assertEquals(0, process.exitValue(), "chromium failed: " + Files.readString(log));
    return stdout;
  }
}

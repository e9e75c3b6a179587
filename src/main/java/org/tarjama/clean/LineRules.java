package org.tarjama.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Rules that judge one normalised line on its own: times, dates, counts, bare links and file names.
 * Each pattern is anchored and runs over one short line, never over a whole article.
 */
final class LineRules {

  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?(?:am|pm|ص|م|صباحا|مساء))?");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.٬٫]*");
  private static final Pattern ERA_YEAR = Pattern.compile("\\d+(?:م|هـ|ه)");
  private static final Pattern DATE_SEPARATORS = Pattern.compile("[\\s/\\\\.,،:|•·\\-–—()]+");
  private static final Pattern URL = Pattern.compile(
      "(?:https?://|www\\.)\\S+|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|info|news|tv|me|co|sy|lb|iq|eg|sa|ae|qa|jo|ps|ir|tr|uk|fr|de)(?:/\\S*)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern HANDLE = Pattern.compile("@\\w{2,}");
  private static final Pattern LINK_SEPARATORS = Pattern.compile("[\\s|•·,،\\-–—]+");
  // Camera and messenger file names, or any name with a media or document extension.
  private static final Pattern FILE_NAME = Pattern.compile(
      "(?<![\\w.-])(?:(?:photo|img|image|dsc|dscn|pic|picture|screenshot|screen[_-]shot|whatsapp[_-]image|unnamed"
          + "|capture|file)[_-]?\\d[\\w.-]*|[\\w-]+\\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic|svg|mp4|mov|avi|pdf|docx?))",
      Pattern.CASE_INSENSITIVE);

  private static final Set<String> DATE_WORDS = folded("""
      يناير فبراير مارس أبريل إبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
      كانون الثاني شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول تشرين الأول
      محرم صفر ربيع الآخر جمادى الأولى الآخرة رجب شعبان رمضان شوال ذو ذي القعدة الحجة
      الأحد الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
      يوم من في بتاريخ نشر تاريخ النشر آخر تحديث منذ ساعة ساعات ساعتين دقيقة دقائق أيام يومين
      م هـ ه ص صباحا مساء ظهرا عصرا بتوقيت غرينتش مكة القدس دمشق بيروت القاهرة
      january february march april may june july august september october november december
      jan feb mar apr jun jul aug sep sept oct nov dec
      monday tuesday wednesday thursday friday saturday sunday
      am pm gmt utc published updated posted on at ago hours hour minutes min
      """);
  private static final Set<String> COUNT_WORDS = folded("""
      مشاهدة مشاهدات قراءة قراءات تعليق تعليقات زيارة زيارات إعجاب مشاركة مشاركات
      views view comments comment likes shares reads
      """);

  private LineRules() {
  }

  /** The reason to remove {@code line} (normalised, not blank, {@code folded} by {@link LineKey#of}) on its own, or null. */
  static @Nullable String judge(String line, String folded) {
    String key = folded.strip();
    if (TIME.matcher(key).matches()) return RemovalKind.TIME.reason("a clock time alone on a line");
    if (NUMBER.matcher(key).matches()) {
      return RemovalKind.COUNT.reason("a number alone on a line (a view, comment or page count)");
    }
    if (isCount(key)) return RemovalKind.COUNT.reason("a view or comment count");
    if (isDate(key)) return RemovalKind.DATE.reason("a date alone on a line");
    String link = linkKind(line);
    if (link != null) return RemovalKind.LINK.reason(link + " alone on a line");
    return null;
  }

  /** Photo and file names in {@code line}, in order, with their offsets; {@code asciiLetter}: whether it holds an ASCII letter. */
  static List<int[]> fileNames(String line, boolean asciiLetter) {
    List<int[]> found = new ArrayList<>();
    // every file name holds an ASCII letter; most lines hold none and need no regex search
    if (!asciiLetter) return found;
    Matcher m = FILE_NAME.matcher(line);
    while (m.find()) found.add(new int[] {m.start(), m.end()});
    return found;
  }

  private static boolean isCount(String key) {
    // key is stripped, so split(" ") gives one more word than it has spaces: most lines are given up unsplit
    int spaces = 0;
    for (int i = key.indexOf(' '); i >= 0 && spaces <= 2; i = key.indexOf(' ', i + 1)) spaces++;
    if (spaces < 1 || spaces > 2) return false;
    String[] words = key.split(" ");
    if (words.length < 2 || words.length > 3 || !NUMBER.matcher(words[0]).matches()) return false;
    for (int i = 1; i < words.length; i++) if (!COUNT_WORDS.contains(words[i])) return false;
    return true;
  }

  private static boolean isDate(String key) {
    boolean number = false;
    // token by token, so a sentence is given up at its first word rather than split whole
    Matcher separator = DATE_SEPARATORS.matcher(key);
    for (int from = 0; from <= key.length(); ) {
      boolean found = separator.find();
      String token = key.substring(from, found ? separator.start() : key.length());
      from = found ? separator.end() : key.length() + 1;
      if (token.isEmpty()) continue;
      if (NUMBER.matcher(token).matches() || ERA_YEAR.matcher(token).matches()) number = true;
      else if (!DATE_WORDS.contains(token)) return false;
    }
    return number;
  }

  private static @Nullable String linkKind(String line) {
    String kind = null;
    String text = line.strip();
    Matcher separator = LINK_SEPARATORS.matcher(text);
    for (int from = 0; from <= text.length(); ) {
      boolean found = separator.find();
      String token = text.substring(from, found ? separator.start() : text.length());
      from = found ? separator.end() : text.length() + 1;
      if (token.isEmpty()) continue;
      String k = EMAIL.matcher(token).matches() ? "an e-mail address"
          : HANDLE.matcher(token).matches() ? "a social handle"
          : URL.matcher(token).matches() ? "a bare URL" : null;
      if (k == null) return null;
      kind = kind == null || kind.equals(k) ? k : "links";
    }
    return kind;
  }

  private static Set<String> folded(String words) {
    return java.util.Arrays.stream(words.split("\\s+")).filter(w -> !w.isEmpty()).map(LineKey::of)
        .collect(Collectors.toUnmodifiableSet());
  }
}

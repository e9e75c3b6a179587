package org.tarjama.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFinderTest {

  @TempDir
  Path dir;

  private static List<String> ids(InputSet set) {
    return set.files().stream().map(InputFile::id).toList();
  }

  private static List<String> reasons(InputSet set) {
    return set.problems().stream().map(Skipped::reason).toList();
  }

  @Test
  void folderIsWalkedRecursivelyForTextFilesInSortedOrder() throws Exception {
    Files.createDirectories(dir.resolve("b/nested"));
    Files.writeString(dir.resolve("b/nested/z.txt"), "x");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve("notes.md"), "x");
    InputSet set = InputFinder.find(List.of(dir.toString()));
    assertEquals(List.of("a", "z"), ids(set));
    assertEquals(List.of(), set.problems());
  }

  @Test
  void textFilesMatchInAnyCase() throws Exception {
    Files.writeString(dir.resolve("A.TXT"), "x");
    Files.writeString(dir.resolve("b.Txt"), "x");
    assertEquals(List.of("A", "b"), ids(InputFinder.find(List.of(dir.toString()))));
  }

  @Test
  void symlinkedSubfolderIsFollowed() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("linked.txt"), "x");
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(input.resolve("own.txt"), "x");
    Files.createSymbolicLink(input.resolve("more"), elsewhere);
    assertEquals(List.of("linked", "own"), ids(InputFinder.find(List.of(input.toString()))));
  }

  @Test
  void symlinkLoopIsReportedAndTheRestIsRead() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input/sub"));
    Files.writeString(input.resolve("a.txt"), "x");
    Files.createSymbolicLink(input.resolve("up"), dir.resolve("input"));
    InputSet set = InputFinder.find(List.of(dir.resolve("input").toString()));
    assertEquals(List.of("a"), ids(set));
    assertEquals(List.of(input.resolve("up").toString()), set.problems().stream().map(Skipped::source).toList());
    assertTrue(reasons(set).get(0).startsWith("symbolic link loop"), reasons(set).toString());
  }

  @Test
  void brokenSymlinkIsReported() throws Exception {
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    Files.writeString(dir.resolve("a.txt"), "x");
    InputSet set = InputFinder.find(List.of(dir.toString(), dir.resolve("gone.txt").toString()));
    assertEquals(List.of("a"), ids(set));
    assertEquals(2, set.problems().size()); // once found in the folder, once given by name
    assertTrue(reasons(set).stream().allMatch(r -> r.startsWith("broken symbolic link")), reasons(set).toString());
  }

  @Test
  void unreadableSubfolderIsReportedAloneAndTheRestIsRead() throws Exception {
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("hidden.txt"), "x");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions do not apply to this user (root)");
      InputSet set = InputFinder.find(List.of(dir.toString()));
      assertEquals(List.of("a"), ids(set));
      assertEquals(List.of(locked.toString()), set.problems().stream().map(Skipped::source).toList());
      assertTrue(reasons(set).get(0).startsWith("permission denied"), reasons(set).toString());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void sameFileTwiceIsReadOnceAndTheSecondIsReported() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.createSymbolicLink(dir.resolve("alias.txt"), dir.resolve("a.txt"));
    InputSet set = InputFinder.find(List.of(dir.toString(), dir.resolve("a.txt").toString()));
    assertEquals(List.of("a"), ids(set));
    assertEquals(2, set.problems().size());
    assertTrue(reasons(set).stream().allMatch(r -> r.startsWith("same file as " + dir.resolve("a.txt"))), reasons(set).toString());
  }

  @Test
  void missingPathIsReportedAndTheOthersAreKept() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "x");
    InputSet set = InputFinder.find(List.of(dir.resolve("nope.txt").toString(), dir.resolve("a.txt").toString()));
    assertEquals(List.of("a"), ids(set));
    assertEquals(1, set.problems().size());
    assertEquals(dir.resolve("nope.txt").toString(), set.problems().get(0).source());
  }

  @Test
  void dashMeansStandardInput() {
    InputSet set = InputFinder.find(List.of("-"));
    assertEquals(List.of(InputFile.stdin()), set.files());
  }

  @Test
  void emptyFolderIsReported() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    InputSet set = InputFinder.find(List.of(dir.resolve("empty").toString()));
    assertEquals(List.of(), set.files());
    assertEquals("folder holds no *.txt, *.jsonl or *.html files", set.problems().get(0).reason());
  }

  @Test
  void folderOfOtherFilesSaysOnlyTextFilesAreRead() throws Exception {
    Files.writeString(dir.resolve("a.md"), "x");
    Files.writeString(dir.resolve("b.pdf"), "x");
    InputSet set = InputFinder.find(List.of(dir.toString()));
    assertEquals(List.of("folder holds no *.txt, *.jsonl or *.html files (2 other files; tarjama reads *.txt, *.jsonl or"
        + " *.html only)"), reasons(set));
  }

  @Test
  void namesThatSanitiseAlikeGetDistinctIdsAndTheUnchangedNameKeepsItsOwn() throws Exception {
    for (String name : List.of("a:b.txt", "a_b.txt", "a b.txt")) Files.writeString(dir.resolve(name), "x");
    List<String> ids = ids(InputFinder.find(List.of(dir.toString())));
    assertEquals(3, new HashSet<>(ids).size(), ids.toString());
    assertTrue(ids.contains("a_b"), ids.toString());
    assertTrue(ids.stream().allMatch(id -> id.matches("a_b(-[0-9a-f]{8})?")), ids.toString());
  }

  @Test
  void sameFileNameInTwoFoldersAndANameLikeTheOldTieBreakAllGetDistinctIds() throws Exception {
    for (String name : List.of("a/news.txt", "b/news.txt", "c/news-2.txt")) {
      Files.createDirectories(dir.resolve(name).getParent());
      Files.writeString(dir.resolve(name), "x");
    }
    List<String> ids = ids(InputFinder.find(List.of(dir.toString())));
    assertEquals("news", ids.get(0));
    assertTrue(ids.get(1).matches("news-[0-9a-f]{8}"), ids.toString());
    assertEquals("news-2", ids.get(2));
  }

  @Test
  void tieBreakIdNeverEqualsAnotherInputsId() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/news.txt"), "x");
    Files.writeString(dir.resolve("b/news.txt"), "x");
    String tieBreak = ids(InputFinder.find(List.of(dir.toString()))).get(1);
    Files.writeString(dir.resolve(tieBreak + ".txt"), "x"); // a file already named like the tie-break id
    List<String> ids = ids(InputFinder.find(List.of(dir.toString())));
    assertEquals(3, new HashSet<>(ids).size(), ids.toString());
    assertTrue(ids.contains(tieBreak), ids.toString());
  }

  @Test
  void idsDifferingOnlyInCaseAreMadeDistinctForCaseInsensitiveFileSystems() throws Exception {
    Files.writeString(dir.resolve("News.txt"), "x");
    Files.writeString(dir.resolve("news.txt"), "x");
    List<String> ids = ids(InputFinder.find(List.of(dir.toString())));
    assertEquals(2, ids.stream().map(id -> id.toLowerCase(Locale.ROOT)).distinct().count(), ids.toString());
  }

  @Test
  void anyFileNameGivesASafeNonEmptyId() {
    assertEquals("line_break", ArticleIds.sanitise("line\nbreak"));
    assertEquals("مقال_١", ArticleIds.sanitise("مقال ١"));
    assertEquals("article", ArticleIds.sanitise(":::".replace(":", "")));
    assertEquals("hidden", ArticleIds.sanitise("..hidden"));
    assertEquals(ArticleIds.MAX_CHARS, ArticleIds.sanitise("ب".repeat(300)).length());
    assertNotEquals("a:b", ArticleIds.sanitise("a:b"));
  }

  @Test
  void idsAreTheSameOnEveryRun() throws Exception {
    for (String name : List.of("x/news.txt", "y/news.txt", "z/news.txt")) {
      Files.createDirectories(dir.resolve(name).getParent());
      Files.writeString(dir.resolve(name), "x");
    }
    assertEquals(ids(InputFinder.find(List.of(dir.toString()))), ids(InputFinder.find(List.of(dir.toString()))));
  }
}

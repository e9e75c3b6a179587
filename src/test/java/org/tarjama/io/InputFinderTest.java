package org.tarjama.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFinderTest {

  @TempDir
  Path dir;

  @Test
  void folderIsWalkedRecursivelyForTextFilesInSortedOrder() throws Exception {
    Files.createDirectories(dir.resolve("b/nested"));
    Files.writeString(dir.resolve("b/nested/z.txt"), "x");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve("notes.md"), "x");
    InputSet set = InputFinder.find(List.of(dir.toString()));
    assertEquals(List.of("a", "z"), set.files().stream().map(InputFile::id).toList());
    assertEquals(List.of(), set.problems());
  }

  @Test
  void missingPathIsReportedAndTheOthersAreKept() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "x");
    InputSet set = InputFinder.find(List.of(dir.resolve("nope.txt").toString(), dir.resolve("a.txt").toString()));
    assertEquals(List.of("a"), set.files().stream().map(InputFile::id).toList());
    assertEquals(1, set.problems().size());
    assertEquals(dir.resolve("nope.txt").toString(), set.problems().get(0).source());
  }

  @Test
  void dashMeansStandardInput() {
    InputSet set = InputFinder.find(List.of("-"));
    assertEquals(List.of(InputFile.stdin()), set.files());
  }

  @Test
  void sameFileNameInTwoFoldersGetsDistinctIds() throws Exception {
    Files.createDirectories(dir.resolve("x"));
    Files.createDirectories(dir.resolve("y"));
    Files.writeString(dir.resolve("x/article.txt"), "x");
    Files.writeString(dir.resolve("y/article.txt"), "y");
    InputSet set = InputFinder.find(List.of(dir.toString()));
    assertEquals(List.of("article", "article-2"), set.files().stream().map(InputFile::id).toList());
  }

  @Test
  void emptyFolderIsReported() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    InputSet set = InputFinder.find(List.of(dir.resolve("empty").toString()));
    assertEquals(List.of(), set.files());
    assertEquals("folder holds no *.txt, *.jsonl or *.html files", set.problems().get(0).reason());
  }
}

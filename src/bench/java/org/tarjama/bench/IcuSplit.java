package org.tarjama.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The baseline of {@link SegmentCommandBenchmark}: a whole process that reads every {@code *.txt} file under the
 * arguments (UTF-8), splits each paragraph with ICU4J's sentence BreakIterator for Arabic and prints one sentence
 * a line, a blank line between paragraphs.
 */
public final class IcuSplit {

  private IcuSplit() {
  }

  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      try (Stream<Path> walk = Files.walk(Path.of(arg))) {
        walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(new ULocale("ar"));
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      for (Path file : files) {
        for (String paragraph : Files.readString(file, StandardCharsets.UTF_8).split("\n\\s*\n")) {
          sentences.setText(paragraph);
          for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
               start = end, end = sentences.next()) {
            String s = paragraph.substring(start, end).strip();
            if (!s.isEmpty()) out.write(s + "\n");
          }
          out.write("\n");
        }
      }
    }
  }
}

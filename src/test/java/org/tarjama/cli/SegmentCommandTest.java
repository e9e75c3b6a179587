package org.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {

  @TempDir
  Path dir;

  @Test
  void repairedInputIsSegmentedAndReportedOnStderrWithExitOne() throws Exception {
    byte[] first = "قال الرئيس إن القوات ستبقى.\n".getBytes(StandardCharsets.UTF_8);
    byte[] rest = "وأضاف أن المحادثات مستمرة.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[first.length + 1 + rest.length];
    System.arraycopy(first, 0, bytes, 0, first.length);
    bytes[first.length] = (byte) 0xA0;
    System.arraycopy(rest, 0, bytes, first.length + 1, rest.length);
    Path file = Files.write(dir.resolve("stray.txt"), bytes);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute("segment", file.toString());

    assertEquals(ExitCodes.FAILURES, code);
    assertEquals("قال الرئيس إن القوات ستبقى.\n\n\uFFFDوأضاف أن المحادثات مستمرة.\n", out.toString().replace("\r\n", "\n"));
    assertEquals("tarjama: repaired " + file + " (article stray) line 2, byte " + first.length
        + ": invalid UTF-8 bytes A0 replaced by U+FFFD\n", err.toString().replace("\r\n", "\n"));
  }
}

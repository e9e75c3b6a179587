package org.tarjama.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tarjama.export.EnglishArticle.EnglishParagraph;
import org.tarjama.io.RecordFile;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/**
 * {@code en.jsonl}: every record (JSON object) of the JSONL inputs, in input order, with the English added as two
 * fields (by default {@code title_en}, {@code text_en}; null for a record that gave no article, such as one without
 * text). A line that is not JSON has no record to echo; it was reported when read. Articles arrive in
 * input order, so the inputs are read again alongside, one line at a time, and memory stays flat.
 */
final class EnglishJsonlWriter extends OneFileWriter {

  private final List<RecordFile> files;
  private final EnglishOutput options;
  private int fileIndex = -1;
  private @Nullable BufferedReader lines;
  private long lineNumber;

  EnglishJsonlWriter(Path target, List<RecordFile> files, EnglishOutput options) throws IOException {
    super(target);
    this.files = List.copyOf(files);
    this.options = options;
  }

  /** Writes the article's record, and any records before it; false when the article came from no JSONL input. */
  boolean write(Article article, List<Pair> pairs) throws IOException {
    int owner = -1;
    for (int i = Math.max(fileIndex, 0); i < files.size() && owner < 0; i++) {
      if (files.get(i).lineOf(article.source()) > 0) owner = i;
    }
    if (owner < 0) return false;
    while (fileIndex < owner) nextFile();
    long line = files.get(owner).lineOf(article.source());
    while (lineNumber < line - 1) {
      String passed = readLine();
      if (passed == null) throw new IOException(files.get(owner).source() + " changed during the run: line " + line + " is gone");
      echo(passed, null);
    }
    String record = readLine();
    if (record == null) throw new IOException(files.get(owner).source() + " changed during the run: line " + line + " is gone");
    echo(record, EnglishArticle.of(article, pairs));
    return true;
  }

  @Override
  public void commit() throws IOException {
    while (fileIndex < files.size()) nextFile();
    super.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      if (lines != null) lines.close();
    } finally {
      super.close();
    }
  }

  /** Echoes what is left of the current file (records not translated), then opens the next. */
  private void nextFile() throws IOException {
    if (lines != null) {
      for (String line = readLine(); line != null; line = readLine()) echo(line, null);
      lines.close();
      lines = null;
    }
    fileIndex++;
    lineNumber = 0;
    if (fileIndex < files.size()) lines = files.get(fileIndex).opener().open();
  }

  private @Nullable String readLine() throws IOException {
    String line = lines.readLine();
    if (line != null) lineNumber++;
    return line;
  }

  private void echo(String line, @Nullable EnglishArticle english) throws IOException {
    if (lineNumber == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
    RecordFile file = files.get(fileIndex);
    if (line.isBlank()) return;
    JsonNode parsed;
    try {
      parsed = PairJson.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return;  // not JSON: reported when it was read, and there is no record to echo
    }
    if (!(parsed instanceof ObjectNode record)) return;
    boolean hasTitle = file.hasTitle(record);
    if (english == null) {
      record.putNull(options.titleField());
      record.putNull(options.textField());
    } else {
      List<String> body = new ArrayList<>();
      String titleEn = null;
      for (EnglishParagraph p : english.paragraphs()) {
        if (hasTitle && p.line() == 1) titleEn = p.text();
        else body.add(p.text());
      }
      record.put(options.titleField(), titleEn);
      record.put(options.textField(), String.join("\n\n", body));
    }
    out().write(PairJson.MAPPER.writeValueAsString(record));
    out().write('\n');
  }
}

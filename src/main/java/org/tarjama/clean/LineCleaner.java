package org.tarjama.clean;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Removal;

/** Placeholder cleaner: NFC, every non-blank line a paragraph. Replaced by the Arabic news cleaner. */
public final class LineCleaner implements Cleaner {

  @Override
  public CleanText clean(String articleId, String text) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Removal> removals = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = java.text.Normalizer.normalize(lines[i], java.text.Normalizer.Form.NFC).strip();
      if (!line.isEmpty()) paragraphs.add(new Paragraph(paragraphs.size() + 1, i + 1, line));
    }
    return new CleanText(paragraphs, removals);
  }
}

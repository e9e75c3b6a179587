package org.tarjama.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tarjama.Version;
import org.tarjama.export.AtomicFile;
import org.tarjama.export.TmxReader;
import org.tarjama.export.TmxUnit;
import org.tarjama.export.XmlText;

/**
 * The memory as TMX 1.4b and back. Export writes one {@code <tu>} per entry with {@code x-backend},
 * {@code x-model} and {@code x-options} props. Import keeps those props when a unit has them (a tarjama export
 * or corpus.tmx goes back under its backend); a unit without {@code x-backend} is a human translation and is
 * stored under {@link MemoryScope#IMPORTED}, which every backend consults first.
 */
public final class MemoryTmx {

  private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final int IMPORT_BATCH = 1000;

  private MemoryTmx() {
  }

  /** How an import went: entries stored, and units passed over because they lack Arabic or English text. */
  public record Imported(long entries, long skipped) {
  }

  /** Writes every entry (of {@code backend} only, when not empty) to {@code target}; returns how many. */
  public static long export(SqliteMemory memory, String backend, Path target) throws IOException {
    long[] count = {0};
    try (AtomicFile file = AtomicFile.open(target)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(file.writer());
      start(xml);
      memory.forEach(backend, entry -> {
        try {
          unit(xml, entry);
          count[0]++;
        } catch (XMLStreamException e) {
          throw new IOException("cannot write TMX " + target + ": " + e.getMessage(), e);
        }
      });
      end(xml);
      file.commit();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write TMX " + target + ": " + e.getMessage(), e);
    }
    return count[0];
  }

  /** Loads every unit of {@code tmx} that has Arabic and English text. */
  public static Imported importFile(SqliteMemory memory, Path tmx) throws IOException {
    String origin = tmx.getFileName().toString();
    long now = System.currentTimeMillis();
    List<MemoryEntry> pending = new ArrayList<>();
    long[] counts = {0, 0};
    try {
      TmxReader.read(tmx, unit -> {
        Optional<String> ar = unit.text("ar").map(SourceText::normalise).filter(s -> !s.isBlank());
        Optional<String> en = unit.text("en").filter(s -> !s.isBlank());
        if (ar.isEmpty() || en.isEmpty()) {
          counts[1]++;
          return;
        }
        pending.add(new MemoryEntry(ar.get(), en.get(), scopeOf(unit, origin), now));
        counts[0]++;
        if (pending.size() >= IMPORT_BATCH) flush(memory, pending);
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    flush(memory, pending);
    return new Imported(counts[0], counts[1]);
  }

  private static MemoryScope scopeOf(TmxUnit unit, String origin) {
    String backend = unit.props().getOrDefault("x-backend", "");
    if (backend.isBlank()) return MemoryScope.imported(origin);
    return new MemoryScope(backend, unit.props().getOrDefault("x-model", ""), unit.props().getOrDefault("x-options", ""));
  }

  private static void flush(SqliteMemory memory, List<MemoryEntry> pending) {
    try {
      memory.storeAll(pending);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pending.clear();
  }

  private static void start(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("tmx");
    xml.writeAttribute("version", "1.4");
    xml.writeCharacters("\n  ");
    xml.writeEmptyElement("header");
    xml.writeAttribute("creationtool", "tarjama");
    xml.writeAttribute("creationtoolversion", Version.current());
    xml.writeAttribute("segtype", "sentence");
    xml.writeAttribute("o-tmf", "tarjama-memory");
    xml.writeAttribute("adminlang", "en");
    xml.writeAttribute("srclang", "ar");
    xml.writeAttribute("datatype", "plaintext");
    xml.writeCharacters("\n  ");
    xml.writeStartElement("body");
  }

  private static void unit(XMLStreamWriter xml, MemoryEntry entry) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("tu");
    xml.writeAttribute("creationdate", TMX_DATE.format(Instant.ofEpochMilli(entry.createdMillis())));
    prop(xml, "x-backend", entry.scope().backend());
    if (!entry.scope().model().isEmpty()) prop(xml, "x-model", entry.scope().model());
    if (!entry.scope().options().isEmpty()) prop(xml, "x-options", entry.scope().options());
    variant(xml, "ar", entry.source());
    variant(xml, "en", entry.target());
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static void prop(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeStartElement("prop");
    xml.writeAttribute("type", type);
    xml.writeCharacters(XmlText.legal(value));
    xml.writeEndElement();
  }

  private static void variant(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeStartElement("tuv");
    xml.writeAttribute("xml:lang", lang);
    xml.writeStartElement("seg");
    xml.writeCharacters(XmlText.legal(text));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void end(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }
}

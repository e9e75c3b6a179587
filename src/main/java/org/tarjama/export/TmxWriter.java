package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/**
 * TMX 1.4b ({@code srclang="ar"}): one {@code <tu>} per translated pair with {@code ar} and {@code en}
 * {@code <tuv>}s and {@code x-} {@code <prop>}s for document, segment id, backend, model and quality; for an
 * exported entry also how often it occurred and which duplicates were merged into it.
 */
public final class TmxWriter implements CorpusWriter, EntryWriter {

  private final AtomicFile file;
  private final XMLStreamWriter xml;

  public TmxWriter(Path target, String toolVersion) throws IOException {
    this.file = AtomicFile.open(target);
    try {
      this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(file.writer());
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("tmx");
      xml.writeAttribute("version", "1.4");
      xml.writeCharacters("\n  ");
      xml.writeEmptyElement("header");
      xml.writeAttribute("creationtool", "tarjama");
      xml.writeAttribute("creationtoolversion", toolVersion);
      xml.writeAttribute("segtype", "sentence");
      xml.writeAttribute("o-tmf", "tarjama");
      xml.writeAttribute("adminlang", "en");
      xml.writeAttribute("srclang", "ar");
      xml.writeAttribute("datatype", "plaintext");
      xml.writeCharacters("\n  ");
      xml.writeStartElement("body");
    } catch (XMLStreamException e) {
      throw new IOException("cannot start TMX " + target + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void write(Article article, List<Pair> pairs) throws IOException {
    try {
      for (Pair pair : pairs) {
        if (pair.isOk()) writeUnit(pair, List.of(), article.metadata());
      }
    } catch (XMLStreamException e) {
      throw new IOException("cannot write TMX for article " + article.id() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void write(CorpusEntry entry) throws IOException {
    try {
      writeUnit(entry.pair(), entry.merged(), Map.of());
    } catch (XMLStreamException e) {
      throw new IOException("cannot write TMX unit " + entry.pair().id() + ": " + e.getMessage(), e);
    }
  }

  private void writeUnit(Pair pair, List<String> merged, Map<String, String> metadata) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("tu");
    xml.writeAttribute("tuid", pair.id().toString());
    prop("x-doc", pair.id().doc());
    prop("x-segment-id", pair.id().toString());
    prop("x-backend", pair.backend());
    if (!pair.model().isEmpty()) prop("x-model", pair.model());
    for (Map.Entry<String, String> field : metadata.entrySet()) prop("x-meta-" + field.getKey(), field.getValue());
    for (Map.Entry<String, Double> score : pair.quality().scores().entrySet()) {
      prop("x-score-" + score.getKey(), String.valueOf(score.getValue()));
    }
    if (!pair.quality().flags().isEmpty()) prop("x-flags", String.join(",", pair.quality().flags()));
    if (!merged.isEmpty()) {
      prop("x-occurrences", String.valueOf(1 + merged.size()));
      prop("x-duplicates", String.join(",", merged));
    }
    variant("ar", pair.ar());
    variant("en", pair.en());
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  /** Writes a unit that comes from elsewhere (a translation memory entry): sorted props, then ar and en. */
  public void write(TmxUnit unit) throws IOException {
    try {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("tu");
      if (!unit.tuid().isEmpty()) xml.writeAttribute("tuid", unit.tuid());
      for (Map.Entry<String, String> p : new java.util.TreeMap<>(unit.props()).entrySet()) prop(p.getKey(), p.getValue());
      for (String lang : List.of("ar", "en")) {
        if (unit.text(lang).isPresent()) variant(lang, unit.text(lang).get());
      }
      xml.writeCharacters("\n    ");
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write TMX unit to " + file.target() + ": " + e.getMessage(), e);
    }
  }

  private void prop(String type, String value) throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeStartElement("prop");
    xml.writeAttribute("type", type);
    characters(value);
    xml.writeEndElement();
  }

  private void variant(String lang, String text) throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeStartElement("tuv");
    xml.writeAttribute("xml:lang", lang);
    xml.writeStartElement("seg");
    characters(text);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** Legal XML text; a carriage return goes as {@code &#13;}, since a reader turns a raw one into a line feed. */
  private void characters(String text) throws XMLStreamException {
    String legal = XmlText.legal(text);
    int from = 0;
    for (int cr = legal.indexOf('\r'); cr >= 0; cr = legal.indexOf('\r', from)) {
      xml.writeCharacters(legal.substring(from, cr));
      xml.writeEntityRef("#13");
      from = cr + 1;
    }
    xml.writeCharacters(legal.substring(from));
  }

  @Override
  public void commit() throws IOException {
    try {
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot finish TMX " + file.target() + ": " + e.getMessage(), e);
    }
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}

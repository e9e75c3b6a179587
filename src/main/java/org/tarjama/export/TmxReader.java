package org.tarjama.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams the translation units of a TMX file (any 1.x), without loading its DTD or the whole file. */
public final class TmxReader {

  private TmxReader() {
  }

  /** The parser's own words without its "ParseError at [row,col]:[1,1]" line, so the error stays on one line. */
  static String parserReason(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf("Message: ");
    return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip().replaceAll("\\s+", " ");
  }

  public static void read(Path file, Consumer<TmxUnit> units) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      read(in, units);
    } catch (XMLStreamException e) {
      throw new IOException(file + " is not valid TMX at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber())
          + ": " + parserReason(e) + "; give a TMX 1.4 file (as 'tarjama tm export' writes)", e);
    }
  }

  static void read(InputStream in, Consumer<TmxUnit> units) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    String tuid = "";
    Map<String, String> props = new HashMap<>();
    Map<String, String> variants = new HashMap<>();
    String lang = null;
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT && xml.getEventType() != XMLStreamConstants.END_ELEMENT) continue;
      String name = xml.getLocalName();
      if (xml.isStartElement()) {
        switch (name) {
          case "tu" -> {
            tuid = attr(xml, "tuid");
            props = new HashMap<>();
            variants = new HashMap<>();
          }
          case "prop" -> {
            String type = attr(xml, "type");
            props.put(type, xml.getElementText());
          }
          case "tuv" -> {
            lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            if (lang == null) lang = attr(xml, "lang");
          }
          case "seg" -> {
            if (lang != null) variants.put(lang, segText(xml));
          }
          default -> { }
        }
      } else if (name.equals("tu")) {
        units.accept(new TmxUnit(tuid, props, variants));
      }
    }
  }

  /** The text of a seg, inline markup (bpt, ph, …) dropped but its surrounding text kept. */
  private static String segText(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && depth == 1) {
        text.append(xml.getText());
      }
    }
    return text.toString();
  }

  private static String attr(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value;
  }
}

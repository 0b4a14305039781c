package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.read.InputProblem;
import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A forward-only walk over one XML part with a hardened StAX parser: no DTDs, no external
 * entities, a bound on nesting depth. Elements are matched by local name within the
 * WordprocessingML namespace (transitional or strict); attributes by local name alone.
 *
 * <p>Loops over an element's children follow one idiom: note {@link #depth()} at the element's
 * start, then {@code while (c.nextIn(d))} visits every event below it and stops at its end.
 */
final class Cursor {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final XMLInputFactory FACTORY = factory();

  private final XMLStreamReader reader;
  private final int maxDepth;
  private int depth;

  Cursor(byte[] xml, int maxDepth) throws XMLStreamException {
    this.reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
    this.maxDepth = maxDepth;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  /** Moves to the root element; false for a part without one. */
  boolean root() throws XMLStreamException, InputProblem {
    while (reader.hasNext()) {
      if (next() == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  /** Advances one event; false once the element that started at {@code startDepth} has ended. */
  boolean nextIn(int startDepth) throws XMLStreamException, InputProblem {
    if (!reader.hasNext()) {
      throw InputProblem.unreadable("corrupt", "XML ends early");
    }
    int event = next();
    return !(event == XMLStreamConstants.END_ELEMENT && depth < startDepth);
  }

  private int next() throws XMLStreamException, InputProblem {
    int event = reader.next();
    if (event == XMLStreamConstants.START_ELEMENT && ++depth > maxDepth) {
      throw InputProblem.unreadable("too-large", "XML depth > " + maxDepth);
    } else if (event == XMLStreamConstants.END_ELEMENT) {
      depth--;
    } else if (event == XMLStreamConstants.DTD) {
      throw InputProblem.unreadable("xml-doctype", "DOCTYPE");
    }
    return event;
  }

  int depth() {
    return depth;
  }

  /** True at the start of a WordprocessingML element. */
  boolean isStart() {
    return reader.getEventType() == XMLStreamConstants.START_ELEMENT;
  }

  /** The local name of a WordprocessingML element, or "" for any other namespace. */
  String wName() {
    String ns = reader.getNamespaceURI();
    return W.equals(ns) || W_STRICT.equals(ns) ? reader.getLocalName() : "";
  }

  /** True at an {@code mc:Fallback}: the alternative to content already read from its Choice. */
  boolean isFallback() {
    return MC.equals(reader.getNamespaceURI()) && "Fallback".equals(reader.getLocalName());
  }

  @Nullable String attr(String localName) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      if (localName.equals(reader.getAttributeLocalName(i))) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  /** An on/off property such as {@code <w:vanish/>}: on unless its value says off. */
  boolean onOff() {
    String val = attr("val");
    return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
  }

  /** A flag attribute such as {@code w:default="1"}: off unless present and on. */
  boolean onOffAttr(String localName) {
    String val = attr(localName);
    return val != null && (val.equals("1") || val.equals("true") || val.equals("on"));
  }

  /** An integer attribute clamped to [min, max]; {@code fallback} when absent or not a number. */
  int intAttr(String localName, int fallback, int min, int max) {
    String val = attr(localName);
    if (val == null) {
      return fallback;
    }
    try {
      return (int) Math.max(min, Math.min(max, Long.parseLong(val.trim())));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The text of a text-only element; leaves the cursor at its end. */
  String text() throws XMLStreamException {
    String text = reader.getElementText();
    depth--;
    return text;
  }

  /** Skips the current element and everything in it. */
  void skip() throws XMLStreamException, InputProblem {
    int d = depth;
    while (nextIn(d)) {
      // nothing to read here
    }
  }

  void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // nothing held open: the input is a byte array
    }
  }
}

package dev.exchangesdk.ews.internal.write;

import dev.exchangesdk.ews.internal.bind.Namespaces;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Base64;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer for EWS requests with the {@code s}, {@code t} and {@code m} prefixes bound, and
 * base64 content streamed from a {@link ContentSource} straight to the output: the characters of a
 * large attachment never exist as one string, so memory use does not depend on its size.
 *
 * <p>Not thread-safe: one instance writes one request body.
 */
public final class XmlOut {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  /** Read size for base64 content: a multiple of 3, so chunks encode without padding. */
  private static final int CHUNK = 3 * 16 * 1024;

  private final OutputStream raw;
  private final XMLStreamWriter w;
  private long contentBytes;

  private XmlOut(OutputStream raw, XMLStreamWriter w) {
    this.raw = raw;
    this.w = w;
  }

  /** A writer over {@code out} (UTF-8); {@code out} is flushed by {@link #finish()}, not closed. */
  public static XmlOut over(OutputStream out) throws XMLStreamException {
    OutputStream shielded = new NonClosing(out);
    XMLStreamWriter w = FACTORY.createXMLStreamWriter(shielded, "UTF-8");
    w.setPrefix("s", Namespaces.SOAP);
    w.setPrefix("t", Namespaces.TYPES);
    w.setPrefix("m", Namespaces.MESSAGES);
    return new XmlOut(shielded, w);
  }

  /** The underlying StAX writer, e.g. to marshal JAXB fragments into. */
  public XMLStreamWriter stax() {
    return w;
  }

  public void startDocument() throws XMLStreamException {
    w.writeStartDocument("UTF-8", "1.0");
  }

  /** Declares the three EWS prefixes on the element just started. */
  public void declareNamespaces() throws XMLStreamException {
    w.writeNamespace("s", Namespaces.SOAP);
    w.writeNamespace("t", Namespaces.TYPES);
    w.writeNamespace("m", Namespaces.MESSAGES);
  }

  public XmlOut soap(String localName) throws XMLStreamException {
    w.writeStartElement("s", localName, Namespaces.SOAP);
    return this;
  }

  /** Starts an element of the types namespace ({@code t:}). */
  public XmlOut t(String localName) throws XMLStreamException {
    w.writeStartElement("t", localName, Namespaces.TYPES);
    return this;
  }

  /** Starts an element of the messages namespace ({@code m:}). */
  public XmlOut m(String localName) throws XMLStreamException {
    w.writeStartElement("m", localName, Namespaces.MESSAGES);
    return this;
  }

  /** An empty element of the types namespace: attributes follow, no {@link #end()}. */
  public XmlOut tEmpty(String localName) throws XMLStreamException {
    w.writeEmptyElement("t", localName, Namespaces.TYPES);
    return this;
  }

  /** An empty element of the messages namespace: attributes follow, no {@link #end()}. */
  public XmlOut mEmpty(String localName) throws XMLStreamException {
    w.writeEmptyElement("m", localName, Namespaces.MESSAGES);
    return this;
  }

  public XmlOut attribute(String name, String value) throws XMLStreamException {
    if (value != null) {
      w.writeAttribute(name, checked(value, name));
    }
    return this;
  }

  public XmlOut text(String text) throws XMLStreamException {
    w.writeCharacters(checked(text, "text"));
    return this;
  }

  public XmlOut end() throws XMLStreamException {
    w.writeEndElement();
    return this;
  }

  /** {@code <t:name>text</t:name>}, or nothing when {@code text} is {@code null}. */
  public XmlOut tText(String localName, String text) throws XMLStreamException {
    if (text != null) {
      t(localName).text(text).end();
    }
    return this;
  }

  /** {@code <m:name>text</m:name>}, or nothing when {@code text} is {@code null}. */
  public XmlOut mText(String localName, String text) throws XMLStreamException {
    if (text != null) {
      m(localName).text(text).end();
    }
    return this;
  }

  /**
   * Writes the content of {@code source} as base64 text of the element just started, encoding it
   * while reading. The StAX writer is flushed first so the encoded bytes follow its output.
   *
   * @return the number of content bytes read from the source
   */
  public long base64(ContentSource source) throws XMLStreamException, IOException {
    w.writeCharacters(""); // closes the pending start tag
    w.flush();
    long total = 0;
    OutputStream encoder = Base64.getEncoder().wrap(new NonClosing(raw));
    try (InputStream in = source.open()) {
      byte[] buf = new byte[CHUNK];
      int n;
      while ((n = in.read(buf)) > 0) {
        encoder.write(buf, 0, n);
        total += n;
      }
    }
    encoder.close(); // writes the final quantum and padding; the raw stream stays open
    contentBytes += total;
    return total;
  }

  /** Content bytes written as base64 so far. */
  public long contentBytes() {
    return contentBytes;
  }

  /** Ends the document and flushes everything to the output (which stays open). */
  public void finish() throws XMLStreamException, IOException {
    w.writeEndDocument();
    w.flush();
    w.close();
    raw.flush();
  }

  /**
   * XML 1.0 cannot carry most control characters: refusing them here keeps a broken request from
   * leaving the client. Callers validate their inputs earlier, with a message naming the field.
   */
  private static String checked(String s, String what) {
    return XmlChars.require(s, what);
  }

  /** Keeps the StAX writer and the base64 encoder from closing the HTTP sink. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}

package dev.exchangesdk.ews.internal.xml;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Creates StAX readers that are safe on hostile input: no DTDs, no external entities or schemas,
 * JDK limits on entity expansion, element depth and name length. Text is delivered in chunks (not
 * coalesced), so a huge text node never has to sit whole in memory.
 *
 * <p>Always the JDK's own StAX implementation, whatever else is on the class path, so that these
 * settings mean what they say. Thread-safe: the factory is configured once and only read.
 */
public final class SecureXml {
  private static final XMLInputFactory FACTORY = create();

  private SecureXml() {}

  public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(in);
  }

  private static XMLInputFactory create() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("External entities are not allowed: " + systemId);
        });
    // JDK limits (belt and braces: with DTDs off no entity can be declared at all).
    setIfSupported(f, "jdk.xml.entityExpansionLimit", "0");
    setIfSupported(f, "jdk.xml.maxElementDepth", "256");
    setIfSupported(f, "jdk.xml.maxXMLNameLimit", "1000");
    setIfSupported(f, "jdk.xml.elementAttributeLimit", "100");
    return f;
  }

  private static void setIfSupported(XMLInputFactory f, String name, String value) {
    try {
      f.setProperty(name, value);
    } catch (IllegalArgumentException unsupported) {
      // Not the JDK implementation; the DTD and entity settings above still apply.
    }
  }
}

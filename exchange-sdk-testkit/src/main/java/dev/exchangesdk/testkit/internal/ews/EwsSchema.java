package dev.exchangesdk.testkit.internal.ews;

import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The official EWS schema ({@code messages.xsd}, {@code types.xsd}, {@code xml.xsd}) compiled once
 * per JVM from the jar, never from the network. Requests are validated against it, as Exchange does
 * ({@code ErrorSchemaValidation}).
 *
 * <p>Thread-safe: {@link Schema} is immutable; validators are created per use.
 */
final class EwsSchema {
  private static final String BASE = "/dev/exchangesdk/testkit/internal/ews/schema/";
  private static volatile Schema schema;

  private EwsSchema() {}

  static Schema get() {
    Schema s = schema;
    if (s == null) {
      synchronized (EwsSchema.class) {
        s = schema;
        if (s == null) {
          s = compile();
          schema = s;
        }
      }
    }
    return s;
  }

  /** Starts compiling in the background so the first request does not pay for it. */
  static void warmUp() {
    if (schema == null) {
      Thread t = new Thread(EwsSchema::get, "fake-exchange-schema");
      t.setDaemon(true);
      t.start();
    }
  }

  private static Schema compile() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setResourceResolver(new ClasspathResolver());
      return f.newSchema(
          new StreamSource[] {source("xml.xsd"), source("types.xsd"), source("messages.xsd")});
    } catch (SAXException e) {
      throw new IllegalStateException("The bundled EWS schema does not compile", e);
    }
  }

  private static StreamSource source(String name) {
    URL url = EwsSchema.class.getResource(BASE + name);
    if (url == null) {
      throw new IllegalStateException("Missing bundled schema " + name);
    }
    return new StreamSource(EwsSchema.class.getResourceAsStream(BASE + name), url.toExternalForm());
  }

  /** Resolves schema imports to the bundled files only. */
  private static final class ClasspathResolver implements LSResourceResolver {
    @Override
    public LSInput resolveResource(
        String type, String namespace, String publicId, String systemId, String baseUri) {
      String file;
      if (XMLConstants.XML_NS_URI.equals(namespace)) {
        file = "xml.xsd";
      } else if (systemId != null && systemId.endsWith("types.xsd")) {
        file = "types.xsd";
      } else if (systemId != null && systemId.endsWith("messages.xsd")) {
        file = "messages.xsd";
      } else {
        return null;
      }
      URL url = EwsSchema.class.getResource(BASE + file);
      return new Input(url.toExternalForm(), EwsSchema.class.getResourceAsStream(BASE + file));
    }
  }

  private static final class Input implements LSInput {
    private final String systemId;
    private InputStream stream;

    Input(String systemId, InputStream stream) {
      this.systemId = systemId;
      this.stream = stream;
    }

    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(Reader r) {}

    @Override
    public InputStream getByteStream() {
      return stream;
    }

    @Override
    public void setByteStream(InputStream s) {
      stream = s;
    }

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String s) {}

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(String s) {}

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public void setPublicId(String s) {}

    @Override
    public String getBaseURI() {
      return systemId;
    }

    @Override
    public void setBaseURI(String s) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String s) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean b) {}
  }
}

package dev.exchangesdk.ews.testing;

import dev.exchangesdk.ews.internal.bind.Namespaces;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * The official EWS schema (types.xsd, messages.xsd, with xml.xsd for the {@code xml:} namespace),
 * compiled once, and a validator for whole SOAP requests: the envelope structure is checked by hand
 * (no SOAP schema ships with EWS), each header element and the request element against the schema.
 */
public final class EwsSchema {
  private static final Schema SCHEMA = load();

  private EwsSchema() {}

  /**
   * Validates one request body.
   *
   * @throws AssertionError naming every violation
   */
  public static void validateRequest(byte[] body) {
    List<String> problems = problems(body);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "EWS request is not schema-valid:\n  "
              + String.join("\n  ", problems)
              + "\n--- request ---\n"
              + new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** The schema violations of a request body (empty when valid). */
  public static List<String> problems(byte[] body) {
    List<String> problems = new ArrayList<>();
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    } catch (Exception e) {
      problems.add("not well-formed XML: " + e.getMessage());
      return problems;
    }
    Element envelope = doc.getDocumentElement();
    if (!isSoap(envelope, "Envelope")) {
      problems.add("root element is not soap:Envelope but " + envelope.getTagName());
      return problems;
    }
    List<Element> parts = children(envelope);
    int i = 0;
    if (i < parts.size() && isSoap(parts.get(i), "Header")) {
      for (Element h : children(parts.get(i))) {
        validate(h, problems);
      }
      i++;
    }
    if (i >= parts.size() || !isSoap(parts.get(i), "Body")) {
      problems.add("soap:Envelope has no soap:Body after the header");
      return problems;
    }
    List<Element> request = children(parts.get(i));
    if (request.size() != 1) {
      problems.add("soap:Body must hold exactly one request element, has " + request.size());
    }
    for (Element r : request) {
      if (!Namespaces.MESSAGES.equals(r.getNamespaceURI())) {
        problems.add("request element " + r.getTagName() + " is not in the messages namespace");
      }
      validate(r, problems);
    }
    if (parts.size() > i + 1) {
      problems.add("unexpected element after soap:Body");
    }
    return problems;
  }

  private static void validate(Element e, List<String> problems) {
    try {
      Validator v = SCHEMA.newValidator();
      v.validate(new DOMSource(e));
    } catch (Exception ex) {
      problems.add("<" + e.getLocalName() + ">: " + ex.getMessage());
    }
  }

  private static boolean isSoap(Element e, String name) {
    return Namespaces.SOAP.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static Schema load() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      URL xml = resource("ews/schema/xml.xsd");
      f.setResourceResolver(new XmlNamespaceResolver(xml));
      URL messages = resource("ews/schema/messages.xsd");
      return f.newSchema(messages);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot compile the EWS schema", e);
    }
  }

  private static URL resource(String path) {
    URL u = EwsSchema.class.getClassLoader().getResource(path);
    if (u == null) {
      throw new IllegalStateException("Missing test resource " + path);
    }
    return u;
  }

  /**
   * Supplies xml.xsd for the {@code xml:} namespace, which types.xsd imports without a location.
   */
  private static final class XmlNamespaceResolver implements LSResourceResolver {
    private final URL xmlXsd;

    XmlNamespaceResolver(URL xmlXsd) {
      this.xmlXsd = xmlXsd;
    }

    @Override
    public LSInput resolveResource(
        String type, String namespaceUri, String publicId, String systemId, String baseUri) {
      if (!XMLConstants.XML_NS_URI.equals(namespaceUri)) {
        return null;
      }
      return new SimpleInput(xmlXsd);
    }
  }

  private static final class SimpleInput implements LSInput {
    private final URL url;

    SimpleInput(URL url) {
      this.url = url;
    }

    @Override
    public InputStream getByteStream() {
      try {
        return url.openStream();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public String getSystemId() {
      return url.toString();
    }

    // The rest of LSInput is unused by the JDK's schema loader when a byte stream is given.
    @Override
    public java.io.Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(java.io.Reader r) {}

    @Override
    public void setByteStream(InputStream s) {}

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String s) {}

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
      return null;
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

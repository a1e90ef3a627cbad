package dev.exchangesdk.testkit.internal.ews;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a SOAP request in one hardened SAX pass (namespace-aware; DOCTYPE, external entities and
 * XInclude refused; secure processing on) that both builds a DOM and validates the body's operation
 * element and the EWS header elements against the official schema, with line numbers, like
 * Exchange's {@code ErrorSchemaValidation}.
 *
 * <p>Thread-safe: the factory is configured once; parsers are created per request.
 */
final class SoapParser {
  private static final Set<String> VALIDATED_HEADERS =
      Set.of(
          "RequestServerVersion",
          "ExchangeImpersonation",
          "TimeZoneContext",
          "MailboxCulture",
          "DateTimePrecision",
          "ManagementRole");

  private static final SAXParserFactory SAX = saxFactory();
  private static final DocumentBuilderFactory DOM = DocumentBuilderFactory.newInstance();

  private SoapParser() {}

  /** The request is not XML, not SOAP, or not schema-valid; carries Exchange's fault data. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;
    final int line;
    final int column;

    Invalid(String code, String message, int line, int column) {
      super(message, null, false, false);
      this.code = code;
      this.line = line;
      this.column = column;
    }
  }

  private static SAXParserFactory saxFactory() {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setXIncludeAware(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("The JDK's SAX parser cannot be hardened", e);
    }
    return f;
  }

  /** Parses and (when {@code validate}) validates; returns the document. */
  static Document parse(byte[] body, boolean validate) throws Invalid {
    Document doc;
    try {
      doc = DOM.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    Builder handler = new Builder(doc, validate ? EwsSchema.get() : null);
    try {
      SAXParser parser = SAX.newSAXParser();
      parser.parse(new ByteArrayInputStream(body), handler);
    } catch (SAXParseException e) {
      if (handler.violation != null) {
        throw handler.violation;
      }
      throw new Invalid(
          "ErrorSchemaValidation",
          "The request is not well-formed XML: " + e.getMessage(),
          e.getLineNumber(),
          e.getColumnNumber());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      if (handler.violation != null) {
        throw handler.violation;
      }
      throw new Invalid(
          "ErrorSchemaValidation", "The request is not well-formed XML: " + e.getMessage(), 0, 0);
    }
    return doc;
  }

  /** SAX handler that builds the DOM and feeds validated subtrees to a schema validator. */
  private static final class Builder extends DefaultHandler {
    private final Document doc;
    private final Schema schema;
    private final Deque<Node> stack = new ArrayDeque<>();
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
    private final Map<String, String> pending = new LinkedHashMap<>();
    private Locator locator;
    private ValidatorHandler validator;
    private int validatorDepth;
    Invalid violation;

    Builder(Document doc, Schema schema) {
      this.doc = doc;
      this.schema = schema;
      stack.push(doc);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
      pending.put(prefix, uri);
      if (validator != null) {
        validator.startPrefixMapping(prefix, uri);
      }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
      if (validator != null) {
        validator.endPrefixMapping(prefix);
      }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws SAXException {
      Element e = doc.createElementNS(uri.isEmpty() ? null : uri, qName);
      for (Map.Entry<String, String> ns : pending.entrySet()) {
        String attr = ns.getKey().isEmpty() ? "xmlns" : "xmlns:" + ns.getKey();
        e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attr, ns.getValue());
      }
      Map<String, String> scope = new LinkedHashMap<>(scopes.isEmpty() ? Map.of() : scopes.peek());
      scope.putAll(pending);
      scopes.push(scope);
      pending.clear();
      for (int i = 0; i < atts.getLength(); i++) {
        String an = atts.getURI(i);
        e.setAttributeNS(an.isEmpty() ? null : an, atts.getQName(i), atts.getValue(i));
      }
      stack.peek().appendChild(e);
      stack.push(e);
      if (validator == null && schema != null && shouldValidate(uri, local)) {
        validator = schema.newValidatorHandler();
        validator.setErrorHandler(new Collector());
        validator.setDocumentLocator(locator);
        validator.startDocument();
        for (Map.Entry<String, String> ns : scope.entrySet()) {
          validator.startPrefixMapping(ns.getKey(), ns.getValue());
        }
        validatorDepth = 0;
      }
      if (validator != null) {
        validatorDepth++;
        validator.startElement(uri, local, qName, atts);
      }
    }

    /** The operation element (child of Body) and EWS header elements (children of Header). */
    private boolean shouldValidate(String uri, String local) {
      if (stack.size() != 4) { // document, Envelope, Header|Body, this element
        return false;
      }
      Node parent = ((Element) stack.peek()).getParentNode();
      if (!(parent instanceof Element p) || !Dom.SOAP.equals(p.getNamespaceURI())) {
        return false;
      }
      if ("Body".equals(p.getLocalName())) {
        return Dom.M.equals(uri);
      }
      return "Header".equals(p.getLocalName())
          && Dom.T.equals(uri)
          && VALIDATED_HEADERS.contains(local);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      stack.pop();
      scopes.pop();
      if (validator != null) {
        validator.endElement(uri, local, qName);
        if (--validatorDepth == 0) {
          validator.endDocument();
          validator = null;
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      Node top = stack.peek();
      if (top instanceof Element) {
        Node last = top.getLastChild();
        if (last != null && last.getNodeType() == Node.TEXT_NODE) {
          last.setNodeValue(last.getNodeValue() + new String(ch, start, length));
        } else {
          top.appendChild(doc.createTextNode(new String(ch, start, length)));
        }
      }
      if (validator != null) {
        validator.characters(ch, start, length);
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      characters(ch, start, length);
    }

    /** Records the first schema violation and stops the parse. */
    private final class Collector implements ErrorHandler {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) throws SAXException {
        violation =
            new Invalid(
                "ErrorSchemaValidation",
                "The request failed schema validation: " + e.getMessage(),
                e.getLineNumber(),
                e.getColumnNumber());
        throw e;
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        error(e);
      }
    }
  }

  /** The header child elements, for tests. */
  static List<Element> headerElements(Document doc) {
    Element header = Dom.child(doc.getDocumentElement(), Dom.SOAP, "Header");
    return header == null ? new ArrayList<>() : Dom.children(header);
  }
}

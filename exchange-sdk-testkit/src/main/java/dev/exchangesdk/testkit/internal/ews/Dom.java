package dev.exchangesdk.testkit.internal.ews;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Namespace constants and small, namespace-aware DOM helpers for reading EWS requests.
 *
 * <p>Stateless and thread-safe.
 */
public final class Dom {
  public static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
  public static final String M = "http://schemas.microsoft.com/exchange/services/2006/messages";
  public static final String T = "http://schemas.microsoft.com/exchange/services/2006/types";
  public static final String E = "http://schemas.microsoft.com/exchange/services/2006/errors";

  private Dom() {}

  /** The first child element with this namespace and local name, or {@code null}. */
  public static Element child(Element parent, String ns, String local) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && local.equals(e.getLocalName())
          && ns.equals(e.getNamespaceURI())) {
        return e;
      }
    }
    return null;
  }

  /** A child in the messages namespace. */
  public static Element m(Element parent, String local) {
    return child(parent, M, local);
  }

  /** A child in the types namespace. */
  public static Element t(Element parent, String local) {
    return child(parent, T, local);
  }

  /** All child elements. */
  public static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** All child elements with this namespace and local name. */
  public static List<Element> children(Element parent, String ns, String local) {
    List<Element> out = new ArrayList<>();
    for (Element e : children(parent)) {
      if (local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text content of a child, or {@code null} when the child is absent. */
  public static String text(Element parent, String ns, String local) {
    Element c = child(parent, ns, local);
    return c == null ? null : c.getTextContent();
  }

  /** The text of a types-namespace child, trimmed, or {@code null}. */
  public static String tText(Element parent, String local) {
    String s = text(parent, T, local);
    return s == null ? null : s.trim();
  }

  /** An attribute value, or {@code null} when absent (DOM returns "" for absent attributes). */
  public static String attr(Element e, String name) {
    if (e == null || !e.hasAttribute(name)) {
      return null;
    }
    return e.getAttribute(name);
  }

  /** A boolean attribute with a default. */
  public static boolean boolAttr(Element e, String name, boolean dflt) {
    String v = attr(e, name);
    return v == null ? dflt : v.trim().equals("true") || v.trim().equals("1");
  }

  /** A boolean element text (xs:boolean), or {@code null}. */
  public static Boolean bool(Element parent, String local) {
    String s = tText(parent, local);
    if (s == null) {
      return null;
    }
    return s.equals("true") || s.equals("1");
  }
}

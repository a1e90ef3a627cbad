package dev.exchangesdk.testkit.internal.ews;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming XML writer for responses: qualified names are written as given (the caller owns
 * the prefixes), text and attributes are escaped, carriage returns become {@code &#xD;} as Exchange
 * writes them, and characters XML 1.0 cannot carry are dropped.
 *
 * <p>Not thread-safe: one per response.
 */
public final class XmlWriter {
  private final StringBuilder sb = new StringBuilder(8192);
  private final Deque<String> open = new ArrayDeque<>();
  private boolean tagOpen;

  public XmlWriter declaration() {
    sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    return this;
  }

  public XmlWriter start(String qname) {
    closeTag();
    sb.append('<').append(qname);
    open.push(qname);
    tagOpen = true;
    return this;
  }

  public XmlWriter attr(String name, String value) {
    if (!tagOpen) {
      throw new IllegalStateException("attribute outside a start tag: " + name);
    }
    if (value != null) {
      sb.append(' ').append(name).append("=\"");
      escape(value, true);
      sb.append('"');
    }
    return this;
  }

  public XmlWriter attr(String name, boolean value) {
    return attr(name, value ? "true" : "false");
  }

  public XmlWriter attr(String name, long value) {
    return attr(name, Long.toString(value));
  }

  public XmlWriter text(String value) {
    closeTag();
    if (value != null) {
      escape(value, false);
    }
    return this;
  }

  /** Appends pre-escaped content, e.g. a Base64 string. */
  public XmlWriter raw(String value) {
    closeTag();
    sb.append(value);
    return this;
  }

  public XmlWriter end() {
    String name = open.pop();
    if (tagOpen) {
      sb.append("/>");
      tagOpen = false;
    } else {
      sb.append("</").append(name).append('>');
    }
    return this;
  }

  /** {@code <qname>text</qname>}, or nothing when text is null. */
  public XmlWriter element(String qname, String text) {
    if (text == null) {
      return this;
    }
    start(qname);
    text(text);
    return end();
  }

  public XmlWriter element(String qname, boolean value) {
    return element(qname, value ? "true" : "false");
  }

  public XmlWriter element(String qname, long value) {
    return element(qname, Long.toString(value));
  }

  /** An element without content. */
  public XmlWriter empty(String qname) {
    return start(qname).end();
  }

  private void closeTag() {
    if (tagOpen) {
      sb.append('>');
      tagOpen = false;
    }
  }

  private void escape(String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\r' -> sb.append("&#xD;");
        case '\n' -> sb.append(attribute ? "&#xA;" : "\n");
        case '\t' -> sb.append(attribute ? "&#x9;" : "\t");
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            continue; // not representable in XML 1.0
          }
          if (Character.isHighSurrogate(c)) {
            if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
              sb.append(c).append(s.charAt(++i));
            }
            continue;
          }
          if (Character.isLowSurrogate(c)) {
            continue; // unpaired
          }
          sb.append(c);
        }
      }
    }
  }

  public byte[] toBytes() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}

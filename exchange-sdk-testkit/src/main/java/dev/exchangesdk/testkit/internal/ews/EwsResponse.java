package dev.exchangesdk.testkit.internal.ews;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes one EWS response envelope the way Exchange Online does: the {@code ServerVersionInfo}
 * header, then the operation's response element with one response message per input (or the
 * single-message shapes some operations use), each with {@code ResponseClass} and {@code
 * ResponseCode} and, for errors, {@code MessageText}, {@code DescriptiveLinkKey} and {@code
 * MessageXml}.
 *
 * <p>Not thread-safe: one per response.
 */
public final class EwsResponse {
  /** How an operation lays out its response messages. */
  public enum Shape {
    /** {@code m:XResponse/m:ResponseMessages/m:XResponseMessage}, one per input. */
    MESSAGES,
    /** The response element itself is the message ({@code GetInboxRules}, ...). */
    SINGLE,
    /** {@code m:XResponse/m:ResponseMessage} then payload ({@code GetUserOofSettings}). */
    OOF
  }

  private final XmlWriter w = new XmlWriter();
  private final String op;
  private final Shape shape;
  private final Consumer<XmlWriter> errorTail;

  /**
   * @param op the operation name ({@code FindItem})
   * @param errorTail writes the elements the schema requires even in an error message ({@code
   *     m:Items}, ...)
   */
  public EwsResponse(String op, Shape shape, Consumer<XmlWriter> errorTail) {
    this.op = op;
    this.shape = shape;
    this.errorTail = errorTail;
    envelopeStart(w);
    if (shape != Shape.SINGLE) {
      rootStart(null);
    }
    if (shape == Shape.MESSAGES) {
      w.start("m:ResponseMessages");
    }
  }

  static void envelopeStart(XmlWriter w) {
    w.declaration();
    w.start("s:Envelope").attr("xmlns:s", Dom.SOAP);
    w.start("s:Header");
    w.start("h:ServerVersionInfo")
        .attr("MajorVersion", "15")
        .attr("MinorVersion", "20")
        .attr("MajorBuildNumber", "8769")
        .attr("MinorBuildNumber", "25")
        .attr("Version", "V2018_01_08")
        .attr("xmlns:h", Dom.T)
        .attr("xmlns", Dom.T)
        .attr("xmlns:xsd", "http://www.w3.org/2001/XMLSchema")
        .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        .end();
    w.end();
    w.start("s:Body")
        .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        .attr("xmlns:xsd", "http://www.w3.org/2001/XMLSchema");
  }

  private void rootStart(String responseClass) {
    w.start("m:" + op + "Response");
    if (responseClass != null) {
      w.attr("ResponseClass", responseClass);
    }
    w.attr("xmlns:m", Dom.M).attr("xmlns:t", Dom.T);
  }

  public XmlWriter xml() {
    return w;
  }

  /** Starts a successful message; write its payload, then call {@link #endMessage()}. */
  public XmlWriter success() {
    switch (shape) {
      case MESSAGES -> w.start("m:" + op + "ResponseMessage").attr("ResponseClass", "Success");
      case SINGLE -> rootStart("Success");
      case OOF -> w.start("m:ResponseMessage").attr("ResponseClass", "Success");
    }
    w.element("m:ResponseCode", "NoError");
    if (shape == Shape.OOF) {
      w.end();
    }
    return w;
  }

  /** Starts a message with {@code ResponseClass="Warning"}; payload follows as for success. */
  public XmlWriter warning(EwsError e) {
    return describedMessage("Warning", e);
  }

  /**
   * Starts an error message that still carries a payload (SearchMailboxes reports its failed
   * mailboxes in one); write the payload, then call {@link #endMessage()}.
   */
  public XmlWriter errorWithPayload(EwsError e) {
    return describedMessage("Error", e);
  }

  private XmlWriter describedMessage(String responseClass, EwsError e) {
    if (shape == Shape.SINGLE) {
      rootStart(responseClass);
    } else {
      w.start("m:" + op + "ResponseMessage").attr("ResponseClass", responseClass);
    }
    describe(e);
    return w;
  }

  public void endMessage() {
    if (shape != Shape.OOF) { // the OOF shape's message is already closed; finish() closes the root
      w.end();
    }
  }

  /** Writes a complete error message. */
  public void error(EwsError e) {
    switch (shape) {
      case MESSAGES -> {
        w.start("m:" + op + "ResponseMessage").attr("ResponseClass", "Error");
        describe(e);
        errorTail.accept(w);
        w.end();
      }
      case SINGLE -> {
        rootStart("Error");
        describe(e);
        errorTail.accept(w);
        w.end();
      }
      case OOF -> {
        w.start("m:ResponseMessage").attr("ResponseClass", "Error");
        describe(e);
        w.end();
      }
    }
  }

  private void describe(EwsError e) {
    w.element("m:MessageText", e.getMessage());
    w.element("m:ResponseCode", e.code());
    w.element("m:DescriptiveLinkKey", "0");
    if (!e.values().isEmpty() || e.fieldUri() != null) {
      w.start("m:MessageXml");
      if (e.fieldUri() != null) {
        w.start("t:FieldURI").attr("FieldURI", e.fieldUri()).end();
      }
      for (Map.Entry<String, String> v : e.values().entrySet()) {
        w.start("t:Value").attr("Name", v.getKey()).text(v.getValue()).end();
      }
      w.end();
    }
  }

  /** Closes the envelope and returns the bytes. */
  public byte[] finish() {
    if (shape == Shape.MESSAGES) {
      w.end(); // ResponseMessages
    }
    if (shape != Shape.SINGLE) {
      w.end(); // root
    }
    w.end(); // Body
    w.end(); // Envelope
    return w.toBytes();
  }

  /** A complete SOAP fault envelope, as Exchange sends with HTTP 500. */
  public static byte[] fault(
      String faultCode, String text, Map<String, String> values, int line, int column) {
    XmlWriter w = new XmlWriter();
    w.declaration();
    w.start("s:Envelope").attr("xmlns:s", Dom.SOAP);
    w.start("s:Body");
    w.start("s:Fault");
    w.start("faultcode").attr("xmlns:a", Dom.T).text("a:" + faultCode).end();
    w.start("faultstring").attr("xml:lang", "en-US").text(text).end();
    w.start("detail");
    w.start("e:ResponseCode").attr("xmlns:e", Dom.E).text(faultCode).end();
    w.start("e:Message").attr("xmlns:e", Dom.E).text(text).end();
    if (!values.isEmpty() || line > 0) {
      w.start("t:MessageXml").attr("xmlns:t", Dom.T);
      if (line > 0) {
        w.element("t:LineNumber", Integer.toString(line));
        w.element("t:LinePosition", Integer.toString(column));
        w.element("t:Violation", text);
      }
      for (Map.Entry<String, String> v : values.entrySet()) {
        w.start("t:Value").attr("Name", v.getKey()).text(v.getValue()).end();
      }
      w.end();
    }
    w.end(); // detail
    w.end(); // Fault
    w.end(); // Body
    w.end(); // Envelope
    return w.toBytes();
  }
}

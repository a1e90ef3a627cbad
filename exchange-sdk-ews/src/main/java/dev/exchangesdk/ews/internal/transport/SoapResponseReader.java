package dev.exchangesdk.ews.internal.transport;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.internal.bind.Namespaces;
import dev.exchangesdk.ews.internal.xml.BoundedTextReader;
import dev.exchangesdk.ews.internal.xml.SecureXml;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks one SOAP response with a hardened StAX reader: envelope, body, then each {@code
 * m:XxxResponseMessage} in turn, handing its payload to the call's {@link MessageReader}. Only one
 * response message is held at a time; a SOAP fault becomes the matching exception.
 *
 * <p>A failed message whose code is transient ({@code ErrorServerBusy} ...) throws at once, so the
 * pipeline repeats the call; other failures are returned as messages for the call to map.
 */
final class SoapResponseReader {
  private SoapResponseReader() {}

  static <T> List<ResponseMessage<T>> read(InputStream body, EwsCall<T, ?> call, ReadContext ctx)
      throws IOException {
    XMLStreamReader r = null;
    try {
      r = new BoundedTextReader(SecureXml.reader(body), XmlCursor.MAX_BODY);
      toRootElement(r);
      if (!isSoap(r, "Envelope")) {
        throw malformed(ctx, "the response is not a SOAP envelope but <" + r.getLocalName() + ">");
      }
      List<ResponseMessage<T>> messages = new ArrayList<>();
      boolean[] sawBody = {false};
      XmlCursor.forEachChild(
          r,
          child -> {
            if (isSoap(child, "Body")) {
              sawBody[0] = true;
              XmlCursor.forEachChild(
                  child, content -> readBodyContent(content, call, ctx, messages));
            } else {
              XmlCursor.skip(child);
            }
          });
      if (!sawBody[0]) {
        throw malformed(ctx, "the SOAP envelope has no body");
      }
      return messages;
    } catch (XMLStreamException e) {
      IOException io = ioCause(e);
      if (io != null) {
        throw io;
      }
      throw new ResponseFormatException(
          "EWS " + ctx.operation() + " returned malformed XML: " + e.getMessage(),
          ctx.httpStatus(),
          null,
          ctx.requestId(),
          e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // The HTTP response is closed by the pipeline; nothing else holds resources.
        }
      }
    }
  }

  private static void toRootElement(XMLStreamReader r) throws XMLStreamException {
    while (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
      if (r.getEventType() == XMLStreamConstants.DTD) {
        throw new ResponseFormatException(
            "The EWS response contains a DTD, which is never sent by Exchange; refusing it", null);
      }
      if (!r.hasNext()) {
        throw new XMLStreamException("The response is empty");
      }
      r.next();
    }
  }

  private static <T> void readBodyContent(
      XMLStreamReader r, EwsCall<T, ?> call, ReadContext ctx, List<ResponseMessage<T>> out)
      throws XMLStreamException {
    if (isSoap(r, "Fault")) {
      throw SoapFault.read(r, ctx);
    }
    if (!Namespaces.MESSAGES.equals(r.getNamespaceURI())) {
      throw malformed(ctx, "unexpected body element <" + r.getLocalName() + ">");
    }
    if (XmlCursor.attribute(r, "ResponseClass") != null) {
      readFlatOrNested(r, call, ctx, out);
      return;
    }
    List<MessageReader<T>> siblingPayload = new ArrayList<>(1);
    List<ResponseStatus> siblingStatus = new ArrayList<>(1);
    XmlCursor.forEachChild(
        r,
        child -> {
          if ("ResponseMessages".equals(child.getLocalName())) {
            XmlCursor.forEachChild(
                child, message -> out.add(readMessage(message, out.size(), call, ctx)));
          } else if ("ResponseMessage".equals(child.getLocalName())) {
            // GetUserOofSettings: the status, with the payload in the elements after it.
            siblingStatus.add(readStatus(child, MessageReader.ignoringPayload(), ctx));
            siblingPayload.add(call.newMessageReader());
          } else if (!siblingPayload.isEmpty()) {
            siblingPayload.get(0).element(child, ctx);
          } else {
            XmlCursor.skip(child);
          }
        });
    if (!siblingStatus.isEmpty()) {
      out.add(checked(siblingStatus.get(0), 0, siblingPayload.get(0), call, ctx));
    }
  }

  /**
   * A response element with its own {@code ResponseClass}: GetInboxRules, GetSearchableMailboxes
   * ... carry the status and payload directly and are one message; some servers also mark the
   * element of an ordinary response, whose {@code m:ResponseMessages} then hold the messages.
   */
  private static <T> void readFlatOrNested(
      XMLStreamReader r, EwsCall<T, ?> call, ReadContext ctx, List<ResponseMessage<T>> out)
      throws XMLStreamException {
    List<ResponseMessage<T>> nested = new ArrayList<>();
    MessageReader<T> payload = call.newMessageReader();
    MessageReader<T> routing =
        new MessageReader<>() {
          @Override
          public void element(XMLStreamReader c, ReadContext context) throws XMLStreamException {
            if ("ResponseMessages".equals(c.getLocalName())) {
              XmlCursor.forEachChild(
                  c, m -> nested.add(readMessage(m, nested.size(), call, context)));
            } else {
              payload.element(c, context);
            }
          }

          @Override
          public T result() {
            return payload.result();
          }
        };
    ResponseStatus status = readStatus(r, routing, ctx);
    if (nested.isEmpty()) {
      out.add(checked(status, 0, payload, call, ctx));
    } else {
      out.addAll(nested);
    }
  }

  private static <T> ResponseMessage<T> readMessage(
      XMLStreamReader r, int index, EwsCall<T, ?> call, ReadContext ctx) throws XMLStreamException {
    MessageReader<T> payload = call.newMessageReader();
    return checked(readStatus(r, payload, ctx), index, payload, call, ctx);
  }

  /** The message, or the exception that makes the call be repeated for a transient failure. */
  private static <T> ResponseMessage<T> checked(
      ResponseStatus status,
      int index,
      MessageReader<T> payload,
      EwsCall<T, ?> call,
      ReadContext ctx) {
    if (status.isError() && call.retriesFailedMessages() && EwsErrors.isRetryable(status.code())) {
      throw EwsErrors.forStatus(status, ctx, null);
    }
    return new ResponseMessage<>(index, status, payload.result());
  }

  /** Reads a response message element: its status, and its other children into {@code payload}. */
  private static ResponseStatus readStatus(
      XMLStreamReader r, MessageReader<?> payload, ReadContext ctx) throws XMLStreamException {
    String responseClass = XmlCursor.attribute(r, "ResponseClass");
    String[] code = {null};
    String[] text = {null};
    Map<String, String> details = new LinkedHashMap<>();
    XmlCursor.forEachChild(
        r,
        child -> {
          switch (child.getLocalName()) {
            case "ResponseCode":
              code[0] = XmlCursor.trimmedText(child);
              break;
            case "MessageText":
              text[0] = XmlCursor.trimmedText(child);
              break;
            case "DescriptiveLinkKey":
              XmlCursor.skip(child);
              break;
            case "MessageXml":
              readDetails(child, details);
              break;
            default:
              payload.element(child, ctx);
          }
        });
    return new ResponseStatus(
        responseClass == null ? "Success" : responseClass.strip(), code[0], text[0], details);
  }

  /** {@code t:Value Name="X">v} pairs; other elements by local name (text, or attributes). */
  static void readDetails(XMLStreamReader r, Map<String, String> details)
      throws XMLStreamException {
    XmlCursor.forEachChild(
        r,
        child -> {
          String name = child.getLocalName();
          String key = "Value".equals(name) ? XmlCursor.attribute(child, "Name") : name;
          String attrs = attributes(child);
          String value = XmlCursor.trimmedText(child);
          details.putIfAbsent(key == null ? name : key, value != null ? value : attrs);
        });
  }

  private static String attributes(XMLStreamReader r) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      s.append(i == 0 ? "" : " ")
          .append(r.getAttributeLocalName(i))
          .append('=')
          .append(r.getAttributeValue(i));
    }
    return s.toString();
  }

  static boolean isSoap(XMLStreamReader r, String localName) {
    return localName.equals(r.getLocalName()) && Namespaces.SOAP.equals(r.getNamespaceURI());
  }

  private static ResponseFormatException malformed(ReadContext ctx, String what) {
    return new ResponseFormatException(
        "EWS " + ctx.operation() + " returned an unexpected response: " + what,
        ctx.httpStatus(),
        null,
        ctx.requestId(),
        null);
  }

  /** The network failure behind a parse failure, if that is what it was. */
  private static IOException ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return (IOException) t;
      }
      if (t instanceof XMLStreamException
          && ((XMLStreamException) t).getNestedException() != null) {
        Throwable nested = ((XMLStreamException) t).getNestedException();
        if (nested instanceof IOException) {
          return (IOException) nested;
        }
      }
      if (t instanceof ExchangeException) {
        return null;
      }
    }
    return null;
  }
}

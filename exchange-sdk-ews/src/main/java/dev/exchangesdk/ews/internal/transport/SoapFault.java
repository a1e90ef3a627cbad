package dev.exchangesdk.ews.internal.transport;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a SOAP 1.1 fault ({@code faultcode}, {@code faultstring}, {@code detail/e:ResponseCode},
 * {@code e:Message}, {@code t:MessageXml}) into the exception its EWS code stands for. Text is
 * trimmed, so pretty-printed faults match like compact ones.
 */
final class SoapFault {
  private SoapFault() {}

  static ExchangeException read(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
    String[] faultCode = {null};
    String[] faultString = {null};
    String[] detailCode = {null};
    String[] detailMessage = {null};
    Map<String, String> details = new LinkedHashMap<>();
    XmlCursor.forEachChild(
        r,
        child -> {
          switch (child.getLocalName()) {
            case "faultcode":
              faultCode[0] = XmlCursor.trimmedText(child);
              break;
            case "faultstring":
              faultString[0] = XmlCursor.trimmedText(child);
              break;
            case "detail":
              XmlCursor.forEachChild(
                  child,
                  d -> {
                    switch (d.getLocalName()) {
                      case "ResponseCode":
                        detailCode[0] = XmlCursor.trimmedText(d);
                        break;
                      case "Message":
                        detailMessage[0] = XmlCursor.trimmedText(d);
                        break;
                      case "MessageXml":
                        SoapResponseReader.readDetails(d, details);
                        break;
                      default:
                        XmlCursor.skip(d);
                    }
                  });
              break;
            default:
              XmlCursor.skip(child);
          }
        });
    String code = detailCode[0] != null ? detailCode[0] : localPart(faultCode[0]);
    if (detailCode[0] == null && faultString[0] != null && isGeneric(code)) {
      // Older servers report a refused mailbox (GetUserOofSettings of someone else's mailbox) as
      // "soap:Client" with the .NET exception in the text only.
      if (faultString[0].contains("AccessDeniedException")) {
        code = "ErrorAccessDenied";
      }
    }
    String text = detailMessage[0] != null ? detailMessage[0] : faultString[0];
    if (code == null) {
      return new ExchangeException(
          "EWS "
              + ctx.operation()
              + " failed with a SOAP fault without a code"
              + (text != null ? ": " + text : ""),
          ctx.httpStatus(),
          null,
          ctx.requestId(),
          null);
    }
    return EwsErrors.forCode(
        code,
        text,
        details,
        ctx.operation(),
        ctx.mailbox(),
        null,
        ctx.httpStatus(),
        ctx.requestId());
  }

  /** SOAP's own fault codes, which say nothing about what went wrong. */
  private static boolean isGeneric(String code) {
    return "Client".equals(code) || "Server".equals(code);
  }

  /** {@code a:ErrorServerBusy} becomes {@code ErrorServerBusy}. */
  private static String localPart(String qname) {
    if (qname == null) {
      return null;
    }
    int colon = qname.lastIndexOf(':');
    String s = (colon >= 0 ? qname.substring(colon + 1) : qname).strip();
    return s.isEmpty() ? null : s;
  }
}

package dev.exchangesdk.ews.internal.transport;

import dev.exchangesdk.ews.internal.bind.EwsJaxb;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a response reader needs to know about the call it is reading, and the per-response JAXB
 * unmarshaller. Confined to the thread reading one response.
 */
public final class ReadContext {
  private final String operation;
  private final String mailbox;
  private final int httpStatus;
  private final String requestId;
  private Unmarshaller unmarshaller;
  private boolean outputStarted;

  ReadContext(String operation, String mailbox, int httpStatus, String requestId) {
    this.operation = operation;
    this.mailbox = mailbox;
    this.httpStatus = httpStatus;
    this.requestId = requestId;
  }

  public String operation() {
    return operation;
  }

  public String mailbox() {
    return mailbox;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String requestId() {
    return requestId;
  }

  /**
   * Unmarshals the element at the reader into {@code type} and leaves the reader after it. Unknown
   * child elements and enum values are ignored.
   */
  public <X> X unmarshal(XMLStreamReader r, Class<X> type) throws XMLStreamException {
    try {
      if (unmarshaller == null) {
        unmarshaller = EwsJaxb.newUnmarshaller();
      }
      return unmarshaller.unmarshal(r, type).getValue();
    } catch (JAXBException e) {
      throw new XMLStreamException("Cannot read " + type.getSimpleName() + ": " + e, e);
    }
  }

  /**
   * Records that bytes of this response have been handed to the caller's destination: from now on a
   * failure of this call is final (repeating it would write the bytes twice).
   */
  public void markOutputStarted() {
    outputStarted = true;
  }

  /** Whether bytes of this response have already been handed to the caller's destination. */
  public boolean outputStarted() {
    return outputStarted;
  }
}

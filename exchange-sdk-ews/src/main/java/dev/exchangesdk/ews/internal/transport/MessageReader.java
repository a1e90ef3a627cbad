package dev.exchangesdk.ews.internal.transport;

import dev.exchangesdk.ews.internal.xml.XmlCursor;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the payload of one response message: every child element of {@code m:XxxResponseMessage}
 * other than the status elements ({@code MessageText}, {@code ResponseCode}, {@code
 * DescriptiveLinkKey}, {@code MessageXml}), in document order. One instance per message.
 *
 * <p>{@link #element} gets the reader on the child's {@code START_ELEMENT} and must consume the
 * child, leaving the reader after its {@code END_ELEMENT} (see {@link
 * dev.exchangesdk.ews.internal.xml.XmlCursor}); unknown children must be skipped, not rejected.
 */
public interface MessageReader<T> {

  void element(XMLStreamReader r, ReadContext context) throws XMLStreamException;

  /** The payload once the message has been read (the message may be an error). */
  T result();

  /** A reader for messages without a payload the caller needs. */
  static MessageReader<Void> ignoringPayload() {
    return new MessageReader<>() {
      @Override
      public void element(XMLStreamReader r, ReadContext context) throws XMLStreamException {
        XmlCursor.skip(r);
      }

      @Override
      public Void result() {
        return null;
      }
    };
  }
}

package dev.exchangesdk.ews.internal.write;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;

/**
 * A request element written with StAX while the HTTP request body is sent, instead of marshalled
 * with JAXB into memory first: for requests that carry content of any size (file attachments,
 * uploaded items, MIME), whose base64 is encoded from the source as it is written.
 *
 * <p>An implementation may be written more than once (the schema test renders it, a retry before
 * the connection was made writes it again) unless its content sources are one-shot streams; the
 * transport sends such calls as not idempotent, so a body that has started is never written again.
 *
 * <p>Implementations are immutable.
 */
public interface StreamedRequest {

  /** The operation's element name in the messages namespace, e.g. {@code CreateItem}. */
  String elementName();

  /** Writes the request element (the child of {@code s:Body}). */
  void write(XmlOut out) throws XMLStreamException, IOException;
}

package dev.exchangesdk.ews.internal.write;

import dev.exchangesdk.ews.internal.bind.EwsJaxb;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a whole SOAP request around a {@link StreamedRequest}: the envelope with the same header
 * elements the JAXB path marshals (as JAXB fragments), then the request element written with StAX.
 *
 * <p>Stateless and thread-safe.
 */
public final class StreamedEnvelope {
  private StreamedEnvelope() {}

  /**
   * @param headerElements the JAXB root elements of the SOAP header
   * @return the content bytes written as base64
   */
  public static long write(OutputStream out, List<Object> headerElements, StreamedRequest request)
      throws IOException {
    try {
      XmlOut x = XmlOut.over(out);
      x.startDocument();
      x.soap("Envelope");
      x.declareNamespaces();
      x.soap("Header");
      Marshaller m = EwsJaxb.context().createMarshaller();
      m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
      for (Object header : headerElements) {
        m.marshal(header, x.stax());
      }
      x.end();
      x.soap("Body");
      request.write(x);
      x.end();
      x.end();
      x.finish();
      return x.contentBytes();
    } catch (XMLStreamException | JAXBException e) {
      IOException io = ioCause(e);
      throw io != null ? io : new IOException("Cannot write the EWS " + request.elementName(), e);
    }
  }

  /** StAX wraps failures of the output stream; the connection's own exception is the real one. */
  private static IOException ioCause(Throwable e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return (IOException) t;
      }
    }
    return null;
  }
}

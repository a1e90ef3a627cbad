package dev.exchangesdk.ews.internal.read;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.xml.Base64Decoder;
import dev.exchangesdk.ews.internal.xml.BoundedTextReader;
import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a base64 element ({@code t:Content}, {@code t:MimeContent}) from the StAX reader into an
 * {@link OutputStream}, decoding chunk by chunk: constant memory whatever the size.
 */
public final class Base64Content {
  /** Up to this much text is decoded inline; beyond it a second thread takes over. */
  private static final long PIPELINE_AFTER_CHARS = 1 << 20;

  private Base64Content() {}

  /**
   * Decodes the element at the reader into {@code out} and leaves the reader after it. Marks the
   * call's output as started: a failure from here on is not retried.
   *
   * @return the bytes written
   */
  public static long copy(XMLStreamReader r, OutputStream out, ReadContext ctx)
      throws XMLStreamException {
    ctx.markOutputStarted();
    return decodeInto(r, out);
  }

  /**
   * As {@link #copy} for a destination the call resets on every attempt (a temporary file it
   * truncates): the call stays repeatable.
   */
  public static long decodeInto(XMLStreamReader r, OutputStream out) throws XMLStreamException {
    BoundedTextReader bounded = BoundedTextReader.of(r);
    if (bounded != null) {
      bounded.streamingText(true);
    }
    Base64Decoder decoder = new Base64Decoder(new Destination(out));
    PipelinedDecoder pipelined = null;
    long chars = 0;
    try {
      while (true) {
        int ev = r.next();
        if (ev == XMLStreamConstants.CHARACTERS
            || ev == XMLStreamConstants.CDATA
            || ev == XMLStreamConstants.SPACE) {
          int len = r.getTextLength();
          chars += len;
          if (pipelined == null && chars > PIPELINE_AFTER_CHARS) {
            // Large content: decode on a second thread from here on.
            pipelined = new PipelinedDecoder(decoder);
          }
          if (pipelined != null) {
            pipelined.write(r.getTextCharacters(), r.getTextStart(), len);
          } else {
            decoder.decode(r.getTextCharacters(), r.getTextStart(), len);
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          break;
        } else if (ev == XMLStreamConstants.START_ELEMENT) {
          throw new XMLStreamException("Unexpected element inside base64 content");
        } else if (ev == XMLStreamConstants.END_DOCUMENT) {
          throw new XMLStreamException("The document ended inside base64 content");
        }
      }
      if (pipelined != null) {
        pipelined.finish();
      } else {
        decoder.finish();
      }
    } catch (IOException e) {
      // Destination wraps the caller's failures; anything else here is unexpected.
      throw new XMLStreamException(e);
    } finally {
      if (pipelined != null) {
        pipelined.close();
      }
      if (bounded != null) {
        bounded.streamingText(false);
      }
    }
    r.next();
    return decoder.bytesWritten();
  }

  /** Turns a failure of the caller's stream into a final error naming it. */
  private static final class Destination extends OutputStream {
    private final OutputStream out;

    Destination(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw new ExchangeException("Writing to the destination failed: " + e.getMessage(), e);
      }
    }
  }
}

package dev.exchangesdk.ews.internal.xml;

import dev.exchangesdk.core.ResponseFormatException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A reader that refuses any run of text longer than a limit, whoever reads it (our readers or JAXB,
 * which would otherwise collect a text node whole). The parser hands text over in chunks, so the
 * limit is hit after reading at most that much, with bounded memory.
 *
 * <p>Binary content that is streamed to a destination ({@code t:Content}, {@code t:MimeContent}) is
 * exempt while {@link #streamingText(boolean)} is on. Not thread-safe.
 */
public final class BoundedTextReader extends StreamReaderDelegate {
  private final int limit;
  private long run;
  private boolean streaming;

  public BoundedTextReader(XMLStreamReader reader, int limit) {
    super(reader);
    this.limit = limit;
  }

  /** Turns the limit off while the caller streams a large text node elsewhere. */
  public void streamingText(boolean on) {
    this.streaming = on;
    this.run = 0;
  }

  @Override
  public int next() throws XMLStreamException {
    int ev = super.next();
    switch (ev) {
      case XMLStreamConstants.CHARACTERS:
      case XMLStreamConstants.CDATA:
      case XMLStreamConstants.SPACE:
        if (!streaming) {
          run += getTextLength();
          if (run > limit) {
            throw new ResponseFormatException(
                "The EWS response holds a text node longer than " + limit + " characters", null);
          }
        }
        break;
      default:
        run = 0;
    }
    return ev;
  }

  /** The bounded reader under {@code r}, or {@code null} when it is not one. */
  public static BoundedTextReader of(XMLStreamReader r) {
    return r instanceof BoundedTextReader ? (BoundedTextReader) r : null;
  }
}

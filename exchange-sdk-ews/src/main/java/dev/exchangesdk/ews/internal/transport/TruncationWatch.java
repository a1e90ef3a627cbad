package dev.exchangesdk.ews.internal.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the last few kilobytes of a response as it is read, to recognise Exchange's {@code ===
 * Truncated Data ===} marker: an ExportItems response whose data the server failed to gather ends
 * with it, which makes the XML unreadable. Microsoft documents that such a response is transient
 * and must be retried.
 *
 * <p>Not thread-safe: it belongs to the one thread reading the response.
 */
final class TruncationWatch extends FilterInputStream {
  static final String MARKER = "=== Truncated Data ===";

  private static final int TAIL = 4096;
  private static final int MAX_DRAIN = 1 << 20;

  private final byte[] tail = new byte[TAIL];
  private long total;

  TruncationWatch(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      remember(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      remember(b, off, n);
    }
    return n;
  }

  /**
   * After the response could not be read: reads what is left of it (at most 1 MiB) and says whether
   * it ends with the truncation marker.
   */
  boolean endsTruncated() {
    try {
      byte[] buf = new byte[8192];
      long drained = 0;
      int n;
      while (drained < MAX_DRAIN && (n = read(buf, 0, buf.length)) > 0) {
        drained += n;
      }
      if (drained >= MAX_DRAIN) {
        return false;
      }
    } catch (IOException e) {
      // The connection failed too: judge by what arrived.
    }
    return tailText().contains(MARKER);
  }

  private void remember(byte[] b, int off, int len) {
    for (int i = 0; i < len; i++) {
      tail[(int) ((total + i) % TAIL)] = b[off + i];
    }
    total += len;
  }

  private String tailText() {
    int size = (int) Math.min(total, TAIL);
    byte[] ordered = new byte[size];
    for (int i = 0; i < size; i++) {
      ordered[i] = tail[(int) ((total - size + i) % TAIL)];
    }
    return new String(ordered, StandardCharsets.ISO_8859_1);
  }
}

package dev.exchangesdk.ews.internal.xml;

import dev.exchangesdk.core.ResponseFormatException;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Decodes base64 text handed over in arbitrary chunks (as StAX delivers a large text node) straight
 * into an {@link OutputStream}, in constant memory. Whitespace is ignored; anything else outside
 * the base64 alphabet, or data after padding, is a {@link ResponseFormatException}.
 *
 * <p>Not thread-safe: one instance decodes one value.
 */
public final class Base64Decoder {
  private static final int[] VALUES = new int[128];

  static {
    java.util.Arrays.fill(VALUES, -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = i;
    }
    VALUES['\r'] = -2;
    VALUES['\n'] = -2;
    VALUES[' '] = -2;
    VALUES['\t'] = -2;
    VALUES['='] = -3;
  }

  private final OutputStream out;
  private final byte[] buffer = new byte[8192];
  private int buffered;
  private int quantum;
  private int quantumChars;
  private int padding;
  private long bytesWritten;

  public Base64Decoder(OutputStream out) {
    this.out = out;
  }

  /** Decodes {@code len} characters of {@code text} from {@code off}. */
  public void decode(char[] text, int off, int len) throws IOException {
    int i = off;
    int end = off + len;
    while (i < end) {
      if (quantumChars == 0 && padding == 0) {
        i = decodeWholeQuanta(text, i, end);
        if (i >= end) {
          break;
        }
      }
      decodeOne(text[i++]);
    }
  }

  /**
   * The fast path: four alphabet characters at a time straight into the buffer; returns at the
   * first character that needs {@link #decodeOne} (whitespace, padding, an error) or at the end.
   */
  private int decodeWholeQuanta(char[] text, int i, int end) throws IOException {
    byte[] buf = buffer;
    int pos = buffered;
    while (i + 4 <= end) {
      char c0 = text[i];
      char c1 = text[i + 1];
      char c2 = text[i + 2];
      char c3 = text[i + 3];
      if ((c0 | c1 | c2 | c3) >= 128) {
        break;
      }
      // Any non-alphabet character has a negative value, which makes the whole word negative.
      int v = (VALUES[c0] << 18) | (VALUES[c1] << 12) | (VALUES[c2] << 6) | VALUES[c3];
      if (v < 0) {
        break;
      }
      if (pos > buf.length - 3) {
        buffered = pos;
        flushBuffer();
        pos = 0;
      }
      buf[pos] = (byte) (v >> 16);
      buf[pos + 1] = (byte) (v >> 8);
      buf[pos + 2] = (byte) v;
      pos += 3;
      i += 4;
    }
    buffered = pos;
    return i;
  }

  /** One character, whatever the state: whitespace, padding, partial quanta, errors. */
  private void decodeOne(char c) throws IOException {
    int v = c < 128 ? VALUES[c] : -1;
    if (v >= 0) {
      if (padding > 0) {
        throw invalid("base64 data continues after its padding");
      }
      quantum = (quantum << 6) | v;
      if (++quantumChars == 4) {
        if (buffered > buffer.length - 3) {
          flushBuffer();
        }
        buffer[buffered++] = (byte) (quantum >> 16);
        buffer[buffered++] = (byte) (quantum >> 8);
        buffer[buffered++] = (byte) quantum;
        quantum = 0;
        quantumChars = 0;
      }
    } else if (v == -3) {
      padding++;
      if (padding > 2 || quantumChars + padding > 4 || quantumChars < 2) {
        throw invalid("misplaced base64 padding");
      }
    } else if (v != -2) {
      throw invalid("invalid base64 character (code " + (int) c + ")");
    }
  }

  /** Writes the last bytes and checks the data ended on a whole quantum. */
  public void finish() throws IOException {
    if (padding > 0) {
      if (quantumChars + padding != 4) {
        throw invalid("truncated base64 data");
      }
      if (quantumChars == 2) {
        buffer(quantum >> 4);
      } else {
        buffer(quantum >> 10);
        buffer(quantum >> 2);
      }
    } else if (quantumChars == 2) {
      buffer(quantum >> 4);
    } else if (quantumChars == 3) {
      buffer(quantum >> 10);
      buffer(quantum >> 2);
    } else if (quantumChars == 1) {
      throw invalid("truncated base64 data");
    }
    quantum = 0;
    quantumChars = 0;
    flushBuffer();
  }

  /** Bytes handed to the output so far. */
  public long bytesWritten() {
    return bytesWritten + buffered;
  }

  private void buffer(int b) throws IOException {
    if (buffered == buffer.length) {
      flushBuffer();
    }
    buffer[buffered++] = (byte) b;
  }

  private void flushBuffer() throws IOException {
    if (buffered > 0) {
      out.write(buffer, 0, buffered);
      bytesWritten += buffered;
      buffered = 0;
    }
  }

  private static ResponseFormatException invalid(String what) {
    return new ResponseFormatException("The server sent invalid base64 content: " + what, null);
  }
}

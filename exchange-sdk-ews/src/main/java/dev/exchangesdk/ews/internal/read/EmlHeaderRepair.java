package dev.exchangesdk.ews.internal.read;

import dev.exchangesdk.ews.model.MailHeader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a MIME message while repairing it, streaming: the header block (bounded, 1 MiB) is held
 * until its end, then written with CRLF line ends, {@code Message-ID: <[id]>} fixed to {@code
 * <id>}, and the item's headers that the MIME lacks appended (names compared ignoring case; {@code
 * Content-Type} and {@code Content-Transfer-Encoding} never added, they describe the MIME body);
 * the body follows with bare LF turned into CRLF. A header block larger than the bound is written
 * as is.
 *
 * <p>Not thread-safe. {@link #finish()} must be called after the last byte.
 */
public final class EmlHeaderRepair extends OutputStream {
  private static final int MAX_HEADER_BLOCK = 1 << 20;
  private static final Set<String> NEVER_ADDED =
      Set.of("content-type", "content-transfer-encoding");
  private static final Pattern BRACKETED_ID =
      Pattern.compile("^(message-id:\\s*)<\\[(.*)]>\\s*$", Pattern.CASE_INSENSITIVE);

  private final OutputStream out;
  private final List<MailHeader> itemHeaders;
  private final List<String> added = new ArrayList<>();
  private ByteArrayOutputStream headerBlock = new ByteArrayOutputStream(8192);
  private int last = -1;
  private int beforeLast = -1;
  private boolean inBody;

  public EmlHeaderRepair(OutputStream out, List<MailHeader> itemHeaders) {
    this.out = out;
    this.itemHeaders = List.copyOf(itemHeaders);
  }

  /** The names of the headers added to the message. */
  public List<String> addedHeaders() {
    return List.copyOf(added);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int i = off;
    int end = off + len;
    while (i < end && !inBody) {
      int c = b[i++] & 0xff;
      headerBlock.write(c);
      boolean blankLine = c == '\n' && (last == '\n' || (last == '\r' && beforeLast == '\n'));
      beforeLast = last;
      last = c;
      if (blankLine) {
        writeHeaders(true);
      } else if (headerBlock.size() > MAX_HEADER_BLOCK) {
        // Not a header block we can hold: pass it on untouched.
        last = -1;
        writeNormalized(headerBlock.toByteArray(), 0, headerBlock.size());
        headerBlock = null;
        inBody = true;
      }
    }
    if (i < end) {
      writeNormalized(b, i, end - i);
    }
  }

  /** Completes the message (a message without a body ends in its header block). */
  public void finish() throws IOException {
    if (!inBody) {
      writeHeaders(false);
    }
    out.flush();
  }

  private void writeHeaders(boolean hadBlankLine) throws IOException {
    String block = headerBlock.toString(StandardCharsets.UTF_8);
    headerBlock = null;
    inBody = true;
    List<String> lines = new ArrayList<>();
    for (String line : block.split("\r?\n", -1)) {
      lines.add(line);
    }
    // Drop the empty strings after the final line break(s).
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    Set<String> present = new HashSet<>();
    StringBuilder s = new StringBuilder(block.length() + 256);
    for (String line : lines) {
      if (!line.isEmpty() && line.charAt(0) != ' ' && line.charAt(0) != '\t') {
        int colon = line.indexOf(':');
        if (colon > 0) {
          present.add(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
        }
        Matcher m = BRACKETED_ID.matcher(line);
        if (m.matches()) {
          line = m.group(1) + "<" + m.group(2) + ">";
        }
      }
      s.append(line).append("\r\n");
    }
    for (MailHeader h : itemHeaders) {
      String name = h.name().strip();
      String key = name.toLowerCase(Locale.ROOT);
      if (name.isEmpty() || present.contains(key) || NEVER_ADDED.contains(key)) {
        continue;
      }
      s.append(name).append(": ").append(fold(h.value())).append("\r\n");
      if (!added.contains(name)) {
        added.add(name);
      }
    }
    if (hadBlankLine) {
      s.append("\r\n");
    }
    // Repeated item headers (Received ...) were all added; now the name counts as present.
    out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    last = '\n';
  }

  private static String fold(String value) {
    return value == null ? "" : value.strip().replaceAll("\r?\n[ \t]*", "\r\n ");
  }

  /** Writes body bytes with every bare LF turned into CRLF. */
  private void writeNormalized(byte[] b, int off, int len) throws IOException {
    int start = off;
    for (int i = off; i < off + len; i++) {
      if (b[i] == '\n' && (i > off ? b[i - 1] : (byte) last) != '\r') {
        out.write(b, start, i - start);
        out.write('\r');
        start = i;
      }
    }
    out.write(b, start, off + len - start);
    if (len > 0) {
      last = b[off + len - 1];
    }
  }
}

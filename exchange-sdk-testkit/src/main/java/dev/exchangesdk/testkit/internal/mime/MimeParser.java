package dev.exchangesdk.testkit.internal.mime;

import dev.exchangesdk.testkit.internal.store.Header;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A lenient MIME (RFC 5322/2045/2046) parser for the messages the fake receives: headers (unfolded,
 * RFC 2047 words decoded on demand), multipart trees, base64 and quoted-printable bodies, RFC 2231
 * file names, and {@code message/rfc822} parts kept as raw bytes.
 *
 * <p>It never throws on malformed input: what cannot be understood is kept as text or bytes.
 * Stateless and thread-safe.
 */
public final class MimeParser {
  private MimeParser() {}

  /** One MIME entity: its headers and either leaf content or child parts. */
  public static final class Part {
    public final List<Header> headers;
    public final byte[] raw;
    public final List<Part> children = new ArrayList<>();
    public byte[] body;

    Part(List<Header> headers, byte[] raw) {
      this.headers = headers;
      this.raw = raw;
    }

    public String header(String name) {
      for (Header h : headers) {
        if (h.is(name)) {
          return h.value();
        }
      }
      return null;
    }

    /** The media type in lower case, {@code text/plain} when absent. */
    public String mediaType() {
      String ct = header("Content-Type");
      if (ct == null) {
        return "text/plain";
      }
      int semi = ct.indexOf(';');
      return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    public Map<String, String> contentTypeParams() {
      return params(header("Content-Type"));
    }

    /** {@code attachment}, {@code inline} or {@code null}. */
    public String disposition() {
      String cd = header("Content-Disposition");
      if (cd == null) {
        return null;
      }
      int semi = cd.indexOf(';');
      return (semi < 0 ? cd : cd.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** The file name from Content-Disposition or Content-Type, decoded; {@code null} if none. */
    public String fileName() {
      String name = params(header("Content-Disposition")).get("filename");
      if (name == null) {
        name = contentTypeParams().get("name");
      }
      return name == null ? null : Rfc2047.decode(name);
    }

    /** The Content-ID without angle brackets, or {@code null}. */
    public String contentId() {
      String cid = header("Content-ID");
      if (cid == null) {
        return null;
      }
      cid = cid.trim();
      if (cid.startsWith("<") && cid.endsWith(">")) {
        cid = cid.substring(1, cid.length() - 1);
      }
      return cid;
    }

    /** Leaf content decoded to text with the declared charset (UTF-8, then Latin-1 fallback). */
    public String text() {
      String cs = contentTypeParams().get("charset");
      Charset charset = StandardCharsets.UTF_8;
      if (cs != null) {
        try {
          charset = Charset.forName(cs.trim());
        } catch (RuntimeException e) {
          charset = StandardCharsets.ISO_8859_1;
        }
      }
      return new String(body == null ? new byte[0] : body, charset);
    }
  }

  /** Parses a whole message (or entity). */
  public static Part parse(byte[] raw) {
    int bodyStart = headerEnd(raw);
    List<Header> headers = parseHeaders(raw, 0, bodyStart < 0 ? raw.length : bodyStart);
    Part part = new Part(headers, raw);
    int start = bodyStart < 0 ? raw.length : bodyStart;
    byte[] bodyBytes = java.util.Arrays.copyOfRange(raw, start, raw.length);
    String type = part.mediaType();
    if (type.startsWith("multipart/")) {
      String boundary = part.contentTypeParams().get("boundary");
      if (boundary != null) {
        for (byte[] child : splitMultipart(bodyBytes, boundary)) {
          part.children.add(parse(child));
        }
        return part;
      }
    }
    part.body = decodeTransfer(bodyBytes, part.header("Content-Transfer-Encoding"));
    return part;
  }

  /** Parses only the header block of a message. */
  public static List<Header> headersOf(byte[] raw) {
    int end = headerEnd(raw);
    return parseHeaders(raw, 0, end < 0 ? raw.length : end);
  }

  /** Index just past the blank line ending the headers, or -1 when there is none. */
  static int headerEnd(byte[] raw) {
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '\n') {
        if (i + 1 < raw.length && raw[i + 1] == '\n') {
          return i + 2;
        }
        if (i + 2 < raw.length && raw[i + 1] == '\r' && raw[i + 2] == '\n') {
          return i + 3;
        }
      }
    }
    return -1;
  }

  private static List<Header> parseHeaders(byte[] raw, int from, int to) {
    String block = new String(raw, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    List<Header> headers = new ArrayList<>();
    StringBuilder current = null;
    for (String line : block.split("\r?\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && current != null) {
        current.append(' ').append(line.trim());
        continue;
      }
      if (current != null) {
        addHeader(headers, current.toString());
      }
      current = new StringBuilder(line);
    }
    if (current != null) {
      addHeader(headers, current.toString());
    }
    return headers;
  }

  private static void addHeader(List<Header> headers, String line) {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      return; // not a header: tolerated, dropped like real MTAs do
    }
    headers.add(new Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
  }

  private static List<byte[]> splitMultipart(byte[] body, String boundary) {
    List<byte[]> parts = new ArrayList<>();
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary;
    int pos = text.indexOf(delimiter);
    while (pos >= 0) {
      int lineEnd = text.indexOf('\n', pos);
      if (lineEnd < 0) {
        break;
      }
      if (text.startsWith(delimiter + "--", pos)) {
        break;
      }
      int next = text.indexOf("\n" + delimiter, lineEnd);
      int partEnd = next < 0 ? text.length() : next;
      if (partEnd > lineEnd + 1 && text.charAt(partEnd - 1) == '\r') {
        partEnd--;
      }
      parts.add(
          text.substring(lineEnd + 1, Math.max(lineEnd + 1, partEnd))
              .getBytes(StandardCharsets.ISO_8859_1));
      pos = next < 0 ? -1 : next + 1;
    }
    return parts;
  }

  static byte[] decodeTransfer(byte[] body, String encoding) {
    String enc = encoding == null ? "7bit" : encoding.trim().toLowerCase(Locale.ROOT);
    switch (enc) {
      case "base64":
        String b64 =
            new String(body, StandardCharsets.ISO_8859_1).replaceAll("[^A-Za-z0-9+/=]", "");
        try {
          return Base64.getMimeDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
          return body;
        }
      case "quoted-printable":
        return decodeQuotedPrintable(body);
      default:
        return body;
    }
  }

  static byte[] decodeQuotedPrintable(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      byte b = in[i];
      if (b == '=') {
        if (i + 1 < in.length && in[i + 1] == '\n') {
          i += 1;
          continue;
        }
        if (i + 2 < in.length && in[i + 1] == '\r' && in[i + 2] == '\n') {
          i += 2;
          continue;
        }
        if (i + 2 < in.length) {
          int hi = Character.digit(in[i + 1], 16);
          int lo = Character.digit(in[i + 2], 16);
          if (hi >= 0 && lo >= 0) {
            out.write((hi << 4) | lo);
            i += 2;
            continue;
          }
        }
      }
      out.write(b);
    }
    return out.toByteArray();
  }

  /**
   * Parameters of a structured header value ({@code type/subtype; a=b; c="d"}), names lower case,
   * RFC 2231 continuations and charsets ({@code filename*=utf-8''...}) resolved.
   */
  public static Map<String, String> params(String value) {
    Map<String, String> out = new LinkedHashMap<>();
    if (value == null) {
      return out;
    }
    Map<String, StringBuilder> extended = new LinkedHashMap<>();
    int i = value.indexOf(';');
    while (i >= 0 && i < value.length()) {
      int eq = value.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String name = value.substring(i + 1, eq).trim().toLowerCase(Locale.ROOT);
      int j = eq + 1;
      while (j < value.length() && value.charAt(j) == ' ') {
        j++;
      }
      String val;
      int next;
      if (j < value.length() && value.charAt(j) == '"') {
        StringBuilder sb = new StringBuilder();
        int k = j + 1;
        while (k < value.length() && value.charAt(k) != '"') {
          if (value.charAt(k) == '\\' && k + 1 < value.length()) {
            k++;
          }
          sb.append(value.charAt(k));
          k++;
        }
        val = sb.toString();
        next = value.indexOf(';', k);
      } else {
        int semi = value.indexOf(';', j);
        val = (semi < 0 ? value.substring(j) : value.substring(j, semi)).trim();
        next = semi;
      }
      if (name.contains("*")) {
        String base = name.substring(0, name.indexOf('*'));
        extended.computeIfAbsent(base, k -> new StringBuilder()).append(val);
      } else {
        out.put(name, val);
      }
      i = next;
    }
    extended.forEach((name, sb) -> out.put(name, decodeRfc2231(sb.toString())));
    return out;
  }

  private static String decodeRfc2231(String v) {
    int first = v.indexOf('\'');
    int second = first < 0 ? -1 : v.indexOf('\'', first + 1);
    if (second < 0) {
      return v;
    }
    Charset cs;
    try {
      cs = Charset.forName(v.substring(0, first));
    } catch (RuntimeException e) {
      cs = StandardCharsets.UTF_8;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String enc = v.substring(second + 1);
    for (int i = 0; i < enc.length(); i++) {
      char c = enc.charAt(i);
      if (c == '%' && i + 2 < enc.length()) {
        int hi = Character.digit(enc.charAt(i + 1), 16);
        int lo = Character.digit(enc.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          out.write((hi << 4) | lo);
          i += 2;
          continue;
        }
      }
      out.write(c);
    }
    return out.toString(cs);
  }
}

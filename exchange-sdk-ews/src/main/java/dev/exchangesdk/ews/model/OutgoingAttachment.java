package dev.exchangesdk.ews.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A file to attach to a mail being sent or replied to. The content is read when the request is
 * written and encoded on the way, never held whole by the SDK: attach a 200 MB file from a {@link
 * Path} and the memory used does not grow with it.
 *
 * <pre>{@code
 * OutgoingAttachment.of(Path.of("report.pdf"));
 * OutgoingAttachment.of("notes.txt", "hello".getBytes(UTF_8)).withContentType("text/plain");
 * OutgoingAttachment.of("logo.png", bytes).inline("logo@contoso");   // <img src="cid:logo@contoso">
 * }</pre>
 *
 * <p>Immutable and thread-safe, except that an attachment made from an {@link InputStream} can be
 * sent once.
 */
public final class OutgoingAttachment {
  /** Where the bytes come from; opened each time the request is written. */
  @FunctionalInterface
  interface Source {
    InputStream open() throws IOException;
  }

  private final String name;
  private final String contentType;
  private final String contentId;
  private final boolean inline;
  private final Source source;
  private final long size;

  private OutgoingAttachment(
      String name, String contentType, String contentId, boolean inline, Source source, long size) {
    this.name = requireName(name);
    this.contentType = contentType;
    this.contentId = contentId;
    this.inline = inline;
    this.source = source;
    this.size = size;
  }

  /** An attachment with these bytes (copied). */
  public static OutgoingAttachment of(String name, byte[] content) {
    byte[] copy = Objects.requireNonNull(content, "content").clone();
    return new OutgoingAttachment(
        name, null, null, false, () -> new java.io.ByteArrayInputStream(copy), copy.length);
  }

  /** The file, named by its file name; read when the mail is sent. */
  public static OutgoingAttachment of(Path file) {
    Objects.requireNonNull(file, "file");
    Path fileName = file.getFileName();
    return of(fileName == null ? file.toString() : fileName.toString(), file);
  }

  /** The file under another name; read when the mail is sent. */
  public static OutgoingAttachment of(String name, Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("Not a readable file: " + file);
    }
    return new OutgoingAttachment(name, null, null, false, () -> Files.newInputStream(file), -1);
  }

  /**
   * The content of a stream, read once when the mail is sent and closed then. A mail with such an
   * attachment can be sent once; a retry is only possible while the stream is untouched.
   */
  public static OutgoingAttachment of(String name, InputStream content) {
    Objects.requireNonNull(content, "content");
    AtomicBoolean opened = new AtomicBoolean();
    return new OutgoingAttachment(
        name,
        null,
        null,
        false,
        () -> {
          if (!opened.compareAndSet(false, true)) {
            throw new IOException(
                "The stream of attachment '" + name + "' was already read; it can be sent once");
          }
          return content;
        },
        -1);
  }

  /** The same content with a MIME type, e.g. {@code application/pdf}. */
  public OutgoingAttachment withContentType(String contentType) {
    return new OutgoingAttachment(name, blankToNull(contentType), contentId, inline, source, size);
  }

  /**
   * The same content shown inside the HTML body where it says {@code <img src="cid:contentId">}.
   */
  public OutgoingAttachment inline(String contentId) {
    if (contentId == null || contentId.isBlank()) {
      throw new IllegalArgumentException("An inline attachment needs a content id");
    }
    return new OutgoingAttachment(name, contentType, contentId.strip(), true, source, size);
  }

  public String name() {
    return name;
  }

  /** The MIME type, or {@code null} to let the server derive it from the name. */
  public String contentType() {
    return contentType;
  }

  /** The content id of an inline attachment, else {@code null}. */
  public String contentId() {
    return contentId;
  }

  public boolean isInline() {
    return inline;
  }

  /** The size in bytes when known up front (bytes), else -1. */
  public long size() {
    return size;
  }

  /** Opens the content. The caller closes the stream. */
  public InputStream openContent() throws IOException {
    return source.open();
  }

  @Override
  public String toString() {
    return "OutgoingAttachment{"
        + name
        + (contentType != null ? ", " + contentType : "")
        + (inline ? ", inline cid:" + contentId : "")
        + (size >= 0 ? ", " + size + " bytes" : "")
        + '}';
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An attachment needs a name");
    }
    return name.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

package dev.exchangesdk.ews.monitor;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.ews.model.AttachmentInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One attachment of a {@link MailEvent}, with its content: file attachments as they are, attached
 * mails as {@code .eml} messages. Content up to the monitor's spool threshold is held in memory,
 * larger content in a temporary file that is deleted when the handler returns.
 *
 * <p>An attachment that could not be downloaded carries its {@link #error()} instead of content;
 * the rest of the mail is delivered as usual. Cloud links ({@link AttachmentInfo.Kind#REFERENCE})
 * have no content. Immutable; safe to read from several threads while the handler runs.
 */
public final class MailAttachment {
  private final AttachmentInfo info;
  private final String name;
  private final long size;
  private final String sha256;
  private final byte[] bytes;
  private final Path file;
  private final ExchangeException error;

  /**
   * An attachment as the monitor delivers it (public so handlers can be tested with hand-made
   * events).
   *
   * @param info what the item says about the attachment
   * @param name the name to present it under (inline naming rule applied; {@code .eml} for mails)
   * @param size the content's size in bytes (0 without content)
   * @param sha256 the content's SHA-256, lower-case hex, or {@code null} without content
   * @param bytes the content held in memory, or {@code null}
   * @param file the content spooled to a file, or {@code null}
   * @param error why the content is missing, or {@code null}
   */
  public MailAttachment(
      AttachmentInfo info,
      String name,
      long size,
      String sha256,
      byte[] bytes,
      Path file,
      ExchangeException error) {
    this.info = Objects.requireNonNull(info, "info");
    this.name = Objects.requireNonNull(name, "name");
    if (bytes != null && file != null) {
      throw new IllegalArgumentException("content is either in memory or in a file");
    }
    this.size = size;
    this.sha256 = sha256;
    this.bytes = bytes;
    this.file = file;
    this.error = error;
  }

  /** The attachment id (for {@code Mailbox.downloadAttachment} and friends). */
  public String id() {
    return info.id();
  }

  /**
   * The name to use for the content: the file name; for inline attachments with a content id {@code
   * <content-id>-attachmentName-<name>} (unless legacy naming is on); for attached mails {@code
   * <subject>.eml}; {@code untitled_attachment} when the attachment has no name.
   */
  public String name() {
    return name;
  }

  /** The name as the server reports it, or {@code null}. */
  public String originalName() {
    return info.name();
  }

  /** The MIME type ({@code message/rfc822} for attached mails), or {@code null}. */
  public String contentType() {
    return info.kind() == AttachmentInfo.Kind.ITEM ? "message/rfc822" : info.contentType();
  }

  /** The {@code Content-ID} an HTML body refers to ({@code cid:...}), or {@code null}. */
  public String contentId() {
    return info.contentId();
  }

  /** Whether it is shown inside the body (an inline image). */
  public boolean isInline() {
    return info.inline();
  }

  public AttachmentInfo.Kind kind() {
    return info.kind();
  }

  /** Everything the item says about it. */
  public AttachmentInfo info() {
    return info;
  }

  /** The content's size in bytes, 0 when there is no content. */
  public long size() {
    return size;
  }

  /** The SHA-256 of the content, lower-case hex, or {@code null} when there is no content. */
  public String sha256() {
    return sha256;
  }

  public boolean hasContent() {
    return bytes != null || file != null;
  }

  /** Why the content could not be downloaded, if it could not. */
  public Optional<ExchangeException> error() {
    return Optional.ofNullable(error);
  }

  /** The temporary file holding large content (deleted when the handler returns). */
  public Optional<Path> spooledFile() {
    return Optional.ofNullable(file);
  }

  /**
   * The content as a stream; the caller closes it.
   *
   * @throws IllegalStateException when there is no content (see {@link #error()})
   */
  public InputStream openStream() {
    if (bytes != null) {
      return new ByteArrayInputStream(bytes);
    }
    if (file != null) {
      try {
        return Files.newInputStream(file);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the spooled attachment " + name, e);
      }
    }
    throw new IllegalStateException(noContent());
  }

  /**
   * The whole content in memory.
   *
   * @throws IllegalStateException when there is no content, or it is larger than 2 GiB
   */
  public byte[] bytes() {
    if (bytes != null) {
      return bytes.clone();
    }
    if (file == null) {
      throw new IllegalStateException(noContent());
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException(
          "Attachment " + name + " is " + size + " bytes; read it with openStream()");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the spooled attachment " + name, e);
    }
  }

  private String noContent() {
    if (error != null) {
      return "Attachment " + name + " has no content: " + error.getMessage();
    }
    return info.kind() == AttachmentInfo.Kind.REFERENCE
        ? "Attachment " + name + " is a link to a cloud file and has no content"
        : "Attachment " + name + " was not downloaded";
  }

  @Override
  public String toString() {
    return "MailAttachment{"
        + name
        + ", "
        + info.kind()
        + (info.inline() ? ", inline" : "")
        + ", "
        + size
        + " bytes"
        + (error != null ? ", error=" + error.errorCode() : "")
        + '}';
  }
}

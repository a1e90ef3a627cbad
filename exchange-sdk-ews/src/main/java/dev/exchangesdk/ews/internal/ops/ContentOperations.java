package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.internal.read.EmlHeaderRepair;
import dev.exchangesdk.ews.internal.read.EwsFields;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.ews.model.DownloadedAttachment;
import dev.exchangesdk.ews.model.EmlExport;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.MailHeader;
import dev.exchangesdk.ews.model.MailItem;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

/**
 * Content that is streamed, never held whole: file attachments (hashed on the way), items and
 * attached items as {@code .eml}. Thread-safe.
 */
final class ContentOperations {
  private final EwsTransport transport;
  private final MailboxContext mailbox;
  private final ExchangeServerVersion version;
  private final ItemOperations items;

  ContentOperations(
      EwsTransport transport,
      MailboxContext mailbox,
      ExchangeServerVersion version,
      ItemOperations items) {
    this.transport = transport;
    this.mailbox = mailbox;
    this.version = version;
    this.items = items;
  }

  DownloadedAttachment download(String attachmentId, OutputStream out) {
    Hashing h = new Hashing(out);
    AttachmentCalls.Attachment a =
        transport.execute(mailbox, AttachmentCalls.fileContent(attachmentId, h.stream()));
    h.flush();
    AttachmentInfo i = a.info();
    return new DownloadedAttachment(
        i.id() != null ? i.id() : attachmentId,
        i.name(),
        i.contentType(),
        i.contentId(),
        i.inline(),
        i.lastModified(),
        h.count(),
        h.hex());
  }

  DownloadedAttachment download(String attachmentId, Path file) {
    return toFile(file, out -> download(attachmentId, out));
  }

  MailItem attachedItem(String attachmentId) {
    AttachmentCalls.Attachment a =
        transport.execute(
            mailbox, AttachmentCalls.item(attachmentId, EwsFields.uris(ItemField.all(), version)));
    if (a.item() == null) {
      throw new InvalidRequestException(
          "Attachment " + attachmentId + " is not an attached item",
          0,
          "NotAnItemAttachment",
          null,
          null);
    }
    return a.item();
  }

  EmlExport exportItem(String itemId, OutputStream out) {
    MailItem item =
        items
            .get(List.of(itemId), EnumSet.of(ItemField.SUBJECT, ItemField.HEADERS))
            .get(0)
            .orElseThrow();
    return writeEml(
        itemId,
        item.subject(),
        item.headers(),
        out,
        target -> transport.execute(mailbox, new MimeContentCall(itemId, target)));
  }

  EmlExport exportItem(String itemId, Path file) {
    return toFile(file, out -> exportItem(itemId, out));
  }

  EmlExport exportAttachedItem(String attachmentId, OutputStream out) {
    MailItem item = attachedItem(attachmentId);
    return writeEml(
        attachmentId,
        item.subject(),
        item.headers(),
        out,
        target -> {
          AttachmentCalls.Attachment a =
              transport.execute(mailbox, AttachmentCalls.itemMime(attachmentId, target));
          if (!a.contentFound()) {
            throw new ResponseFormatException(
                "EWS returned no MIME content for attachment " + attachmentId, null);
          }
          return a.bytesWritten();
        });
  }

  EmlExport exportAttachedItem(String attachmentId, Path file) {
    return toFile(file, out -> exportAttachedItem(attachmentId, out));
  }

  private interface MimeSource {
    long writeTo(OutputStream target);
  }

  private static EmlExport writeEml(
      String id, String subject, List<MailHeader> headers, OutputStream out, MimeSource source) {
    Hashing h = new Hashing(out);
    EmlHeaderRepair repair = new EmlHeaderRepair(h.stream(), headers);
    source.writeTo(repair);
    try {
      repair.finish();
    } catch (IOException e) {
      throw new ExchangeException("Writing to the destination failed: " + e.getMessage(), e);
    }
    h.flush();
    return new EmlExport(id, subject, h.count(), h.hex(), repair.addedHeaders());
  }

  private interface Writer<T> {
    T write(OutputStream out);
  }

  /**
   * Writes to a temporary file next to {@code file} and moves it into place when complete, so a
   * failed download never leaves a partial file under the final name.
   */
  private static <T> T toFile(Path file, Writer<T> writer) {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, ".download-", ".part");
      T result;
      try (OutputStream out = Files.newOutputStream(tmp)) {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
        result = writer.write(buffered);
        buffered.flush();
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      return result;
    } catch (IOException e) {
      throw new ExchangeException("Cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Best effort: the temporary file is hidden and named as such.
        }
      }
    }
  }

  /** Counts and hashes what goes to the caller's stream. */
  private static final class Hashing {
    private final MessageDigest digest;
    private final CountingStream stream;

    Hashing(OutputStream out) {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required of every JVM", e);
      }
      stream = new CountingStream(new DigestOutputStream(out, digest));
    }

    OutputStream stream() {
      return stream;
    }

    void flush() {
      try {
        stream.flush();
      } catch (IOException e) {
        throw new ExchangeException("Writing to the destination failed: " + e.getMessage(), e);
      }
    }

    long count() {
      return stream.count;
    }

    String hex() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}

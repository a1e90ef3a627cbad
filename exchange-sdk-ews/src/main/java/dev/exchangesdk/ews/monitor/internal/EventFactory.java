package dev.exchangesdk.ews.monitor.internal;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.ews.model.DownloadedAttachment;
import dev.exchangesdk.ews.model.EmlExport;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.monitor.MailAttachment;
import dev.exchangesdk.ews.monitor.MailEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a fully read mail into a {@link MailEvent}: downloads each attachment (attached mails as
 * {@code .eml}) into memory or a temporary file, hashing it on the way; one failed attachment
 * becomes an error on that attachment, never a failed poll. Thread-safe (stateless apart from its
 * settings).
 */
public final class EventFactory {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.ews.monitor");

  private final boolean download;
  private final boolean legacyNaming;
  private final long spoolThreshold;
  private final long memoryBudget;
  private final Path spoolDirectory;

  /**
   * @param download whether to download attachment content at all
   * @param legacyNaming plain names for inline attachments
   * @param spoolThreshold content above this many bytes goes to a temporary file
   * @param spoolDirectory where temporary files go ({@code null}: the JVM's temp directory)
   */
  public EventFactory(
      boolean download, boolean legacyNaming, long spoolThreshold, Path spoolDirectory) {
    this.download = download;
    this.legacyNaming = legacyNaming;
    this.spoolThreshold = spoolThreshold;
    // One mail's attachments together hold at most this much heap; the rest is spooled.
    this.memoryBudget = Math.max(spoolThreshold, Math.min(8 * spoolThreshold, 64L << 20));
    this.spoolDirectory = spoolDirectory;
  }

  public MailEvent build(
      Mailbox mailbox,
      String folderId,
      String folderPath,
      MailItem item,
      String idempotencyKey,
      boolean possibleRedelivery) {
    List<MailAttachment> attachments = new ArrayList<>(item.attachments().size());
    long budget = memoryBudget;
    for (AttachmentInfo a : item.attachments()) {
      MailAttachment m = attachment(mailbox, item.id(), a, budget);
      if (m.hasContent() && m.spooledFile().isEmpty()) {
        budget -= m.size();
      }
      attachments.add(m);
    }
    return new MailEvent(
        idempotencyKey,
        possibleRedelivery,
        mailbox.address(),
        folderId,
        folderPath,
        item,
        attachments);
  }

  /** Deletes the event's temporary files. */
  public static void release(MailEvent event) {
    for (MailAttachment a : event.attachments()) {
      a.spooledFile()
          .ifPresent(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  LOG.warn("Cannot delete the spooled attachment file {}: {}", p, e.toString());
                }
              });
    }
  }

  private MailAttachment attachment(
      Mailbox mailbox, String itemId, AttachmentInfo a, long memoryLeft) {
    String name = AttachmentNaming.name(a, legacyNaming);
    if (!download || a.kind() == AttachmentInfo.Kind.REFERENCE || a.id() == null) {
      return new MailAttachment(a, name, 0, null, null, null, null);
    }
    Spool spool = new Spool(Math.max(0, Math.min(spoolThreshold, memoryLeft)), spoolDirectory);
    try {
      long size;
      String sha256;
      if (a.kind() == AttachmentInfo.Kind.ITEM) {
        EmlExport x = mailbox.exportAttachedItem(a.id(), spool);
        size = x.size();
        sha256 = x.sha256();
      } else {
        DownloadedAttachment d = mailbox.downloadAttachment(a.id(), spool);
        size = d.size();
        sha256 = d.sha256();
      }
      spool.finish();
      return new MailAttachment(a, name, size, sha256, spool.bytes(), spool.file(), null);
    } catch (ExchangeException e) {
      spool.discard();
      LOG.warn(
          "Attachment {} of item {} could not be downloaded: {}", a.id(), itemId, e.toString());
      return new MailAttachment(a, name, 0, null, null, null, e);
    } catch (IOException | java.io.UncheckedIOException e) {
      spool.discard();
      ExchangeException x =
          new ExchangeException(
              "Attachment " + name + " could not be stored for the handler: " + e.getMessage(), e);
      LOG.warn("Attachment {} of item {}: {}", a.id(), itemId, x.getMessage());
      return new MailAttachment(a, name, 0, null, null, null, x);
    }
  }
}

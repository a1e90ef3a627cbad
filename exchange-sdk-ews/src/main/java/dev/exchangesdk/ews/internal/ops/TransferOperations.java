package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.TransportException;
import dev.exchangesdk.core.internal.http.Idempotency;
import dev.exchangesdk.ews.internal.bind.messages.DeleteItem;
import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.internal.write.CreateItemRequest;
import dev.exchangesdk.ews.internal.write.StreamedRequest;
import dev.exchangesdk.ews.internal.write.TargetFolder;
import dev.exchangesdk.ews.internal.write.UploadItemsRequest;
import dev.exchangesdk.ews.model.DeleteMode;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.MailboxTransfer;
import dev.exchangesdk.ews.model.MailboxTransfer.TransferMethod;
import dev.exchangesdk.ews.model.MailboxTransfer.TransferStep;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves an item from one mailbox to another: read it from the source (ExportItems, or its MIME),
 * create it in the destination (UploadItems, or CreateItem from the MIME), hard-delete the source.
 * The item's bytes are spooled to a temporary file in between, never held in memory.
 *
 * <p>Failures before the copy exists throw (nothing changed). From the moment the copy may exist,
 * the result reports what happened instead, so two copies are never left unreported. Thread-safe.
 */
final class TransferOperations {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.ews");

  /** ExportItems answers these when the server or the item does not support it. */
  private static final Set<String> EXPORT_UNSUPPORTED =
      Set.of(
          "ErrorInvalidOperation",
          "ErrorNotSupported",
          "ErrorInvalidRequest",
          "ErrorInvalidServerVersion",
          "ErrorSchemaValidation",
          "ErrorUnsupportedTypeForConversion");

  private final EwsTransport transport;
  private final MailboxContext source;
  private final ItemOperations sourceItems;

  TransferOperations(EwsTransport transport, MailboxContext source, ItemOperations sourceItems) {
    this.transport = transport;
    this.source = source;
    this.sourceItems = sourceItems;
  }

  MailboxTransfer move(
      String itemId,
      MailboxContext destination,
      FolderRef destinationFolder,
      TransferMethod method) {
    MailItem item =
        sourceItems
            .get(List.of(itemId), EnumSet.of(ItemField.MESSAGE_ID, ItemField.READ))
            .get(0)
            .orElseThrow();
    String folderId = new FolderOperations(transport, destination).get(destinationFolder).id();
    Path spool = spoolFile();
    try {
      TransferMethod used = read(itemId, spool, method);
      StreamedRequest create =
          used == TransferMethod.EXPORT_UPLOAD
              ? new UploadItemsRequest(folderId, () -> Files.newInputStream(spool))
              : CreateItemRequest.mimeUpload(
                  () -> Files.newInputStream(spool),
                  TargetFolder.id(folderId),
                  Boolean.TRUE.equals(item.read()));
      String what = "copy of item " + itemId + " in " + destination.address();
      String newId;
      try {
        List<ReturnedId> ids =
            transport.execute(
                destination,
                new WriteCall(
                    used == TransferMethod.EXPORT_UPLOAD ? "UploadItems" : "CreateItem",
                    create,
                    Idempotency.NOT_IDEMPOTENT,
                    what));
        newId = ids.isEmpty() ? null : ids.get(0).id();
      } catch (ExchangeException e) {
        if (!outcomeUnknown(e)) {
          throw e;
        }
        // The request may have been carried out: report, so the caller checks the destination.
        return transfer(
            item, destination, destinationFolder, null, used, false, TransferStep.CREATE_COPY, e);
      }
      return deleteSource(item, destination, destinationFolder, newId, used);
    } finally {
      try {
        Files.deleteIfExists(spool);
      } catch (IOException e) {
        LOG.warn("Could not delete the spool file {}: {}", spool, e.toString());
      }
    }
  }

  /** Spools the item into {@code spool}; returns the method that worked. */
  private TransferMethod read(String itemId, Path spool, TransferMethod method) {
    if (method != TransferMethod.MIME) {
      try {
        transport.execute(source, new ExportItemsCall(itemId, spool));
        return TransferMethod.EXPORT_UPLOAD;
      } catch (ExchangeException e) {
        if (method != TransferMethod.AUTO || !EXPORT_UNSUPPORTED.contains(e.errorCode())) {
          throw e;
        }
        LOG.info(
            "ExportItems is not available for item {} ({}); copying its MIME content instead",
            itemId,
            e.errorCode());
      }
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spool), 65536)) {
      transport.execute(source, new MimeContentCall(itemId, out));
    } catch (IOException e) {
      throw new ExchangeException("Cannot write the spool file " + spool + ": " + e, e);
    }
    return TransferMethod.MIME;
  }

  private MailboxTransfer deleteSource(
      MailItem item,
      MailboxContext destination,
      FolderRef folder,
      String newId,
      TransferMethod used) {
    ExchangeException failure;
    try {
      ItemResult<ReturnedId> deleted =
          transport
              .execute(
                  source,
                  new PerIdCall(
                      "DeleteItem",
                      new DeleteItem(
                          ItemIds.of(List.of(item.id())), DeleteMode.HARD_DELETE.wireName()),
                      List.of(item.id()),
                      "item",
                      Idempotency.IDEMPOTENT,
                      false))
              .get(0);
      if (deleted.isSuccess()) {
        return transfer(item, destination, folder, newId, used, true, null, null);
      }
      failure = deleted.error();
    } catch (ExchangeException e) {
      failure = e;
    }
    LOG.warn(
        "Item {} was copied to {} as {} but could not be deleted from {}: {}",
        item.id(),
        destination.address(),
        newId,
        source.address(),
        failure.toString());
    return transfer(
        item, destination, folder, newId, used, false, TransferStep.DELETE_SOURCE, failure);
  }

  private MailboxTransfer transfer(
      MailItem item,
      MailboxContext destination,
      FolderRef folder,
      String newId,
      TransferMethod used,
      boolean deleted,
      TransferStep failedStep,
      ExchangeException error) {
    return new MailboxTransfer(
        source.address(),
        item.id(),
        item.internetMessageId(),
        destination.address(),
        describe(folder),
        newId,
        used,
        deleted,
        failedStep,
        error);
  }

  /** A failure after which the server may or may not have carried out the request. */
  private static boolean outcomeUnknown(ExchangeException e) {
    if (!e.requestMayHaveReachedServer()) {
      return false;
    }
    return e instanceof TransportException
        || e instanceof ResponseFormatException
        || (e instanceof ServiceUnavailableException && e.errorCode() == null);
  }

  private static String describe(FolderRef folder) {
    switch (folder.kind()) {
      case PATH:
        return String.join("/", folder.segments());
      case WELL_KNOWN:
        return folder.wellKnownFolder().wireName();
      default:
        return folder.folderId();
    }
  }

  private static Path spoolFile() {
    try {
      return Files.createTempFile("ews-transfer-", ".spool");
    } catch (IOException e) {
      throw new ExchangeException("Cannot create a temporary file for the transfer: " + e, e);
    }
  }
}

package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.internal.bind.types.DistinguishedFolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderId;
import dev.exchangesdk.ews.internal.read.EwsFields;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.ItemSort;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The item-operation request variants for {@link AllRequestsAreSchemaValidTest}. */
final class RequestCatalog {
  private RequestCatalog() {}

  static List<EwsCall<?, ?>> itemCalls() {
    List<EwsCall<?, ?>> calls = new ArrayList<>();
    DistinguishedFolderId inbox = new DistinguishedFolderId("inbox");
    FolderId folder = new FolderId("AAMkAD=", null);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    Instant t1 = Instant.parse("2026-02-01T12:30:15.250Z");
    for (ExchangeServerVersion v : ExchangeServerVersion.values()) {
      calls.add(new FindItemCall(inbox, ItemQuery.all(), 0, 100, v, "inbox"));
      calls.add(
          new FindItemCall(
              folder,
              ItemQuery.builder().aqs("subject:invoice").fields(ItemField.all()).build(),
              100,
              1000,
              v,
              "folder"));
      calls.add(new GetItemCall(List.of("AAMk1", "AAMk2"), ItemField.all(), v));
      calls.add(new SyncFolderItemsCall(inbox, null, 512, ItemField.summary(), v, "inbox"));
    }
    ExchangeServerVersion v = ExchangeServerVersion.EXCHANGE_2016;
    calls.add(
        new FindItemCall(
            inbox,
            ItemQuery.builder().internetMessageId("abc@contoso.com").build(),
            0,
            1,
            v,
            "inbox"));
    calls.add(
        new FindItemCall(
            inbox,
            ItemQuery.builder()
                .internetMessageId("<abc@contoso.com>")
                .receivedBetween(t0, t1)
                .sort(ItemSort.oldestFirst())
                .build(),
            0,
            50,
            v,
            "inbox"));
    calls.add(
        new FindItemCall(
            inbox,
            ItemQuery.builder()
                .modifiedBetween(t0, null)
                .fields(EnumSet.of(ItemField.ID))
                .sort(new ItemSort(ItemField.LAST_MODIFIED_AT, true))
                .build(),
            0,
            50,
            v,
            "inbox"));
    calls.add(
        new FindItemCall(
            inbox,
            ItemQuery.builder().receivedBetween(null, t1).modifiedBetween(null, t1).build(),
            0,
            50,
            v,
            "inbox"));
    calls.add(
        new GetItemCall(List.of("AAMk1"), EnumSet.of(ItemField.SUBJECT, ItemField.HEADERS), v));
    calls.add(new SyncFolderItemsCall(folder, "H4sIAAA==", 1, EnumSet.of(ItemField.ID), v, "f"));
    calls.add(new MimeContentCall("AAMk1", OutputStream.nullOutputStream()));
    calls.add(AttachmentCalls.fileContent("AAMkAtt", OutputStream.nullOutputStream()));
    calls.add(AttachmentCalls.item("AAMkAtt", EwsFields.uris(ItemField.all(), v)));
    calls.add(AttachmentCalls.itemMime("AAMkAtt", OutputStream.nullOutputStream()));
    return calls;
  }
}

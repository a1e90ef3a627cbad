package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.internal.bind.messages.FindItem;
import dev.exchangesdk.ews.internal.bind.types.BaseFolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.IndexedPageView;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.bind.types.Restriction;
import dev.exchangesdk.ews.internal.bind.types.SearchExpression;
import dev.exchangesdk.ews.internal.bind.types.SortOrder;
import dev.exchangesdk.ews.internal.read.EwsFields;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of FindItem in one folder: an AQS {@code QueryString}, or a restriction on the
 * Message-ID and received/modified times, sorted, with the query's listable fields.
 */
final class FindItemCall extends EwsCall<ItemListReader.Items, ItemListReader.Items> {
  private final String subject;

  FindItemCall(
      BaseFolderId folder,
      ItemQuery query,
      int offset,
      int maxEntries,
      ExchangeServerVersion version,
      String subject) {
    super(
        "FindItem",
        new FindItem(
            ResponseShape.items(
                EwsFields.uris(EwsFields.listableFields(query.fields()), version), false),
            new IndexedPageView(maxEntries, offset),
            restriction(query),
            SortOrder.by(EwsFields.uri(query.sort().field()), query.sort().ascending()),
            FolderIds.of(folder),
            query.aqs().orElse(null)));
    this.subject = subject;
  }

  /** A FindItem request built elsewhere (recovery by Message-ID, contact listing). */
  FindItemCall(FindItem request, String subject) {
    super("FindItem", request);
    this.subject = subject;
  }

  static Restriction restriction(ItemQuery q) {
    List<SearchExpression> all = new ArrayList<>();
    q.internetMessageId()
        .ifPresent(id -> all.add(SearchExpression.isEqualTo("message:InternetMessageId", id)));
    q.receivedFrom()
        .ifPresent(
            t ->
                all.add(
                    SearchExpression.isGreaterThanOrEqualTo(
                        EwsFields.uri(ItemField.RECEIVED_AT), time(t))));
    q.receivedBefore()
        .ifPresent(
            t ->
                all.add(
                    SearchExpression.isLessThan(EwsFields.uri(ItemField.RECEIVED_AT), time(t))));
    q.modifiedFrom()
        .ifPresent(
            t ->
                all.add(
                    SearchExpression.isGreaterThanOrEqualTo(
                        EwsFields.uri(ItemField.LAST_MODIFIED_AT), time(t))));
    q.modifiedBefore()
        .ifPresent(
            t ->
                all.add(
                    SearchExpression.isLessThan(
                        EwsFields.uri(ItemField.LAST_MODIFIED_AT), time(t))));
    return all.isEmpty() ? null : Restriction.of(SearchExpression.and(all));
  }

  /** UTC with whole seconds: EWS compares at second precision. */
  private static String time(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  @Override
  public MessageReader<ItemListReader.Items> newMessageReader() {
    return new ItemListReader();
  }

  @Override
  public ItemListReader.Items result(
      List<ResponseMessage<ItemListReader.Items>> messages, ReadContext context) {
    return single(messages, context, subject);
  }
}

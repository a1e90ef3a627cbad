package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.internal.bind.types.DistinguishedFolderId;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.MailItem;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Parses EWS responses without the network, exactly as the client does: for benchmarks and tools.
 * Thread-safe.
 */
public final class ResponseParsers {
  private ResponseParsers() {}

  /** The items of a FindItem response page. */
  public static List<MailItem> findItemPage(InputStream response) throws IOException {
    FindItemCall call =
        new FindItemCall(
            new DistinguishedFolderId("inbox"),
            ItemQuery.all(),
            0,
            1000,
            ExchangeServerVersion.EXCHANGE_2016,
            "inbox");
    return EwsTransport.parse(response, call, "benchmark@contoso.com").items();
  }
}

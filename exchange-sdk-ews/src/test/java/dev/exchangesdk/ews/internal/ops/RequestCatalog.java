package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.internal.transport.EwsCall;
import java.util.ArrayList;
import java.util.List;

/** The item-operation request variants for {@link AllRequestsAreSchemaValidTest}. */
final class RequestCatalog {
  private RequestCatalog() {}

  static List<EwsCall<?, ?>> itemCalls() {
    return new ArrayList<>();
  }
}

package dev.exchangesdk.ews.testing;

import static dev.exchangesdk.ews.testing.EwsXml.response;
import static dev.exchangesdk.ews.testing.EwsXml.success;

import java.util.ArrayList;
import java.util.List;

/** Response bodies for write-operation tests whose exact shape no documented example covers. */
public final class WriteResponses {
  private WriteResponses() {}

  /** A GetItem answer with one message per id, each with its Message-ID ({@code <id@test>}). */
  public static String messageIds(String... ids) {
    List<String> messages = new ArrayList<>();
    for (String id : ids) {
      messages.add(
          success(
              "GetItem",
              "<m:Items><t:Message><t:ItemId Id=\""
                  + id
                  + "\" ChangeKey=\"ck\"/><t:InternetMessageId>&lt;"
                  + id
                  + "@test&gt;</t:InternetMessageId></t:Message></m:Items>"));
    }
    return response("GetItem", messages.toArray(new String[0]));
  }

  /** A MoveItem/CopyItem/UpdateItem success message returning this item id. */
  public static String itemMessage(String operation, String newId) {
    return success(
        operation,
        "<m:Items><t:Message><t:ItemId Id=\""
            + newId
            + "\" ChangeKey=\"ck2\"/></t:Message></m:Items>");
  }

  /** A success message without payload (DeleteItem, SendItem). */
  public static String ok(String operation) {
    return success(operation, "");
  }
}

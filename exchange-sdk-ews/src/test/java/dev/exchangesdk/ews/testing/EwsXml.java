package dev.exchangesdk.ews.testing;

import java.util.List;

/** Builds EWS response envelopes for tests whose payloads no documented example covers. */
public final class EwsXml {
  private EwsXml() {}

  /** A response to {@code operation} with the given response messages. */
  public static String response(String operation, String... messages) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header>"
        + "<h:ServerVersionInfo MajorVersion=\"15\" MinorVersion=\"20\" MajorBuildNumber=\"1\""
        + " MinorBuildNumber=\"0\" Version=\"V2018_01_08\""
        + " xmlns:h=\"http://schemas.microsoft.com/exchange/services/2006/types\"/></s:Header>"
        + "<s:Body><m:"
        + operation
        + "Response xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
        + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
        + "<m:ResponseMessages>"
        + String.join("", messages)
        + "</m:ResponseMessages></m:"
        + operation
        + "Response></s:Body></s:Envelope>";
  }

  /**
   * A recorded multi-message response cut down to its {@code index}-th response message (from 0),
   * everything around the messages kept as recorded: the answer the server gives when the request
   * names only that one id.
   */
  public static String onlyMessage(String recorded, String operation, int index) {
    String open = "<m:" + operation + "ResponseMessage ";
    String close = "</m:" + operation + "ResponseMessage>";
    int first = recorded.indexOf(open);
    int end = recorded.lastIndexOf(close);
    if (first < 0 || end < 0) {
      throw new IllegalArgumentException("No " + operation + " response message in the payload");
    }
    end += close.length();
    int start = first;
    for (int i = 0; i < index; i++) {
      start = recorded.indexOf(open, recorded.indexOf(close, start));
      if (start < 0) {
        throw new IllegalArgumentException(
            "The payload has fewer than " + (index + 1) + " messages");
      }
    }
    int stop = recorded.indexOf(close, start) + close.length();
    return recorded.substring(0, first) + recorded.substring(start, stop) + recorded.substring(end);
  }

  public static String success(String operation, String payload) {
    return "<m:"
        + operation
        + "ResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode>"
        + payload
        + "</m:"
        + operation
        + "ResponseMessage>";
  }

  public static String error(String operation, String code, String text) {
    return "<m:"
        + operation
        + "ResponseMessage ResponseClass=\"Error\"><m:MessageText>"
        + text
        + "</m:MessageText><m:ResponseCode>"
        + code
        + "</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey></m:"
        + operation
        + "ResponseMessage>";
  }

  /** A FindItem page. */
  public static String findItems(
      List<String> items, Integer nextOffset, Integer total, boolean last) {
    return response(
        "FindItem",
        success(
            "FindItem",
            "<m:RootFolder"
                + (nextOffset != null ? " IndexedPagingOffset=\"" + nextOffset + "\"" : "")
                + (total != null ? " TotalItemsInView=\"" + total + "\"" : "")
                + " IncludesLastItemInRange=\""
                + last
                + "\"><t:Items>"
                + String.join("", items)
                + "</t:Items></m:RootFolder>"));
  }

  public static String message(String id, String subject) {
    return "<t:Message><t:ItemId Id=\""
        + id
        + "\" ChangeKey=\"CK-"
        + id
        + "\"/><t:Subject>"
        + subject
        + "</t:Subject></t:Message>";
  }

  /** A folder element for FindFolder/GetFolder responses. */
  public static String folder(
      String id, String parentId, String name, String folderClass, int total, int children) {
    return "<t:Folder><t:FolderId Id=\""
        + id
        + "\" ChangeKey=\"ck\"/>"
        + (parentId != null ? "<t:ParentFolderId Id=\"" + parentId + "\"/>" : "")
        + "<t:FolderClass>"
        + folderClass
        + "</t:FolderClass><t:DisplayName>"
        + name
        + "</t:DisplayName><t:TotalCount>"
        + total
        + "</t:TotalCount><t:ChildFolderCount>"
        + children
        + "</t:ChildFolderCount><t:UnreadCount>0</t:UnreadCount></t:Folder>";
  }

  /**
   * {@link #folder} with {@code t:EffectiveRights} as in exchangelib's recorded GetFolder ({@code
   * test_permissionset_effectiverights_parsing}), {@code Read} set to {@code read}; in schema
   * order, before {@code UnreadCount}.
   */
  public static String folderWithReadRight(
      String id,
      String parentId,
      String name,
      String folderClass,
      int total,
      int children,
      boolean read) {
    return folder(id, parentId, name, folderClass, total, children)
        .replace(
            "<t:UnreadCount>",
            "<t:EffectiveRights><t:CreateAssociated>true</t:CreateAssociated>"
                + "<t:CreateContents>true</t:CreateContents>"
                + "<t:CreateHierarchy>true</t:CreateHierarchy><t:Delete>true</t:Delete>"
                + "<t:Modify>true</t:Modify><t:Read>"
                + read
                + "</t:Read><t:ViewPrivateItems>false</t:ViewPrivateItems></t:EffectiveRights>"
                + "<t:UnreadCount>");
  }

  public static String findFolders(String... folders) {
    return response(
        "FindFolder",
        success(
            "FindFolder",
            "<m:RootFolder TotalItemsInView=\""
                + folders.length
                + "\" IncludesLastItemInRange=\"true\"><t:Folders>"
                + String.join("", folders)
                + "</t:Folders></m:RootFolder>"));
  }

  public static String getFolder(String folder) {
    return response("GetFolder", success("GetFolder", "<m:Folders>" + folder + "</m:Folders>"));
  }
}

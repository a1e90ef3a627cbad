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

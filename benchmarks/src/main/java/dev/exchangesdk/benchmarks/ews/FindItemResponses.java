package dev.exchangesdk.benchmarks.ews;

import java.nio.charset.StandardCharsets;

/**
 * Generates FindItem responses of typical mail items (the properties a listing returns, as Exchange
 * Online sends them), about 2.6 KB per item.
 */
public final class FindItemResponses {
  private FindItemResponses() {}

  public static byte[] generate(int items) {
    StringBuilder s = new StringBuilder(items * 2700 + 1024);
    s.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        .append("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header>")
        .append(
            "<h:ServerVersionInfo MajorVersion=\"15\" MinorVersion=\"20\" MajorBuildNumber=\"8722\"")
        .append(" MinorBuildNumber=\"20\" Version=\"V2018_01_08\"")
        .append(
            " xmlns:h=\"http://schemas.microsoft.com/exchange/services/2006/types\"/></s:Header>")
        .append("<s:Body><m:FindItemResponse")
        .append(" xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\"")
        .append(" xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">")
        .append("<m:ResponseMessages><m:FindItemResponseMessage ResponseClass=\"Success\">")
        .append("<m:ResponseCode>NoError</m:ResponseCode><m:RootFolder IndexedPagingOffset=\"")
        .append(items)
        .append("\" TotalItemsInView=\"")
        .append(items * 3)
        .append("\" IncludesLastItemInRange=\"false\"><t:Items>");
    for (int i = 0; i < items; i++) {
      item(s, i);
    }
    s.append("</t:Items></m:RootFolder></m:FindItemResponseMessage></m:ResponseMessages>")
        .append("</m:FindItemResponse></s:Body></s:Envelope>");
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void item(StringBuilder s, int i) {
    String id =
        "AAMkADM5NjU5ZGZmLTk1NTctNDY2YS05MjAwLTQ5NmY5YzBmNjZhMABGAAAAAAAxdqsfet7ZQohXgGDJQ+OyBwC4YXlr9Lp5Rp85dGfdkOHmAAAAAAEMAAC4YXlr9Lp5Rp85dGfdkOHmAABRZ"
            + String.format("%06d", i)
            + "AAA=";
    String day =
        String.format("2026-03-%02dT%02d:%02d:%02dZ", 1 + i % 28, i % 24, i % 60, (i * 7) % 60);
    s.append("<t:Message><t:ItemId Id=\"")
        .append(id)
        .append("\" ChangeKey=\"CQAAABYAAAC4YXlr9Lp5Rp85dGfdkOHmAABRZ05K\"/>")
        .append(
            "<t:ParentFolderId Id=\"AAMkADM5NjU5ZGZmLTk1NTctNDY2YS05MjAwLTQ5NmY5YzBmNjZhMAAuAAAAAAAxdqsfet7ZQohXgGDJQ+OyAQC4YXlr9Lp5Rp85dGfdkOHmAAAAAAEMAAA=\" ChangeKey=\"AQAAAA==\"/>")
        .append("<t:ItemClass>IPM.Note</t:ItemClass>")
        .append("<t:Subject>RE: Quarterly invoice ")
        .append(i)
        .append(
            " for Contoso Ltd. - please review the attached statement before Friday</t:Subject>")
        .append("<t:Sensitivity>Normal</t:Sensitivity>")
        .append("<t:DateTimeReceived>")
        .append(day)
        .append("</t:DateTimeReceived><t:Size>")
        .append(13920 + i)
        .append("</t:Size><t:Importance>Normal</t:Importance>")
        .append("<t:InReplyTo>&lt;BN3PR09MB0564184956F54C932DA0254B89B")
        .append(i)
        .append("@BN3PR09MB0564.namprd09.prod.outlook.com&gt;</t:InReplyTo>")
        .append("<t:IsSubmitted>false</t:IsSubmitted><t:IsDraft>false</t:IsDraft>")
        .append("<t:IsFromMe>false</t:IsFromMe><t:IsResend>false</t:IsResend>")
        .append("<t:IsUnmodified>true</t:IsUnmodified><t:DateTimeSent>")
        .append(day)
        .append("</t:DateTimeSent><t:DateTimeCreated>")
        .append(day)
        .append("</t:DateTimeCreated><t:DisplayCc>Finance Team</t:DisplayCc>")
        .append("<t:DisplayTo>Security Operations; Alex Wilber; Megan Bowen</t:DisplayTo>")
        .append("<t:HasAttachments>")
        .append(i % 3 == 0)
        .append("</t:HasAttachments><t:Culture>en-US</t:Culture>")
        .append("<t:EffectiveRights><t:CreateAssociated>false</t:CreateAssociated>")
        .append(
            "<t:CreateContents>false</t:CreateContents><t:CreateHierarchy>false</t:CreateHierarchy>")
        .append("<t:Delete>true</t:Delete><t:Modify>true</t:Modify><t:Read>true</t:Read>")
        .append("<t:ViewPrivateItems>true</t:ViewPrivateItems></t:EffectiveRights>")
        .append("<t:LastModifiedName>Security Operations</t:LastModifiedName><t:LastModifiedTime>")
        .append(day)
        .append("</t:LastModifiedTime><t:IsAssociated>false</t:IsAssociated>")
        .append(
            "<t:ConversationId Id=\"AAQkADM5NjU5ZGZmLTk1NTctNDY2YS05MjAwLTQ5NmY5YzBmNjZhMAAQAD3apvxOgSpMjDVxWqWgFOg=\"/>")
        .append(
            "<t:Categories><t:String>Finance</t:String><t:String>Review</t:String></t:Categories>")
        .append("<t:Flag><t:FlagStatus>NotFlagged</t:FlagStatus></t:Flag>")
        .append("<t:Sender><t:Mailbox><t:Name>Billing Department</t:Name>")
        .append("<t:EmailAddress>billing")
        .append(i % 50)
        .append("@fabrikam.example.com</t:EmailAddress><t:RoutingType>SMTP</t:RoutingType>")
        .append("<t:MailboxType>OneOff</t:MailboxType></t:Mailbox></t:Sender>")
        .append("<t:IsReadReceiptRequested>false</t:IsReadReceiptRequested>")
        .append("<t:IsDeliveryReceiptRequested>false</t:IsDeliveryReceiptRequested>")
        .append("<t:ConversationIndex>AQHQoOIyPdqm/E6BKkyMNXFapaAU6A==</t:ConversationIndex>")
        .append("<t:ConversationTopic>Quarterly invoice for Contoso Ltd.</t:ConversationTopic>")
        .append("<t:From><t:Mailbox><t:Name>Billing Department</t:Name><t:EmailAddress>billing")
        .append(i % 50)
        .append("@fabrikam.example.com</t:EmailAddress><t:RoutingType>SMTP</t:RoutingType>")
        .append("<t:MailboxType>OneOff</t:MailboxType></t:Mailbox></t:From>")
        .append("<t:InternetMessageId>&lt;DM6PR11MB4691")
        .append(String.format("%08X", i * 2654435761L))
        .append("@DM6PR11MB4691.namprd11.prod.outlook.com&gt;</t:InternetMessageId>")
        .append("<t:IsRead>")
        .append(i % 2 == 0)
        .append("</t:IsRead><t:IsResponseRequested>false</t:IsResponseRequested>")
        .append("<t:ReceivedBy><t:Mailbox><t:Name>Security Operations</t:Name>")
        .append(
            "<t:EmailAddress>soc@contoso.com</t:EmailAddress><t:RoutingType>SMTP</t:RoutingType>")
        .append("<t:MailboxType>Mailbox</t:MailboxType></t:Mailbox></t:ReceivedBy>")
        .append("<t:ReceivedRepresenting><t:Mailbox><t:Name>Security Operations</t:Name>")
        .append(
            "<t:EmailAddress>soc@contoso.com</t:EmailAddress><t:RoutingType>SMTP</t:RoutingType>")
        .append("<t:MailboxType>Mailbox</t:MailboxType></t:Mailbox></t:ReceivedRepresenting>")
        .append("</t:Message>");
  }
}

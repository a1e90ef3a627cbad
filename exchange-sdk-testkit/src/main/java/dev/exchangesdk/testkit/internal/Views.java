package dev.exchangesdk.testkit.internal;

import dev.exchangesdk.testkit.internal.cmdlet.ComplianceCmdlets;
import dev.exchangesdk.testkit.internal.store.AdminData;
import dev.exchangesdk.testkit.internal.store.Attachment;
import dev.exchangesdk.testkit.internal.store.ComplianceData;
import dev.exchangesdk.testkit.internal.store.EmailAddress;
import dev.exchangesdk.testkit.internal.store.Folder;
import dev.exchangesdk.testkit.internal.store.InboxRule;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.model.AllowBlockEntryInfo;
import dev.exchangesdk.testkit.model.ComplianceSearchInfo;
import dev.exchangesdk.testkit.model.FolderInfo;
import dev.exchangesdk.testkit.model.InboxRuleInfo;
import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.MailboxInfo;
import dev.exchangesdk.testkit.model.QuarantineMessageInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Immutable public snapshots of store objects, for the test inspection API.
 *
 * <p>Stateless and thread-safe; called under the tenant lock.
 */
public final class Views {
  private Views() {}

  public static ItemInfo item(Item i) {
    List<String> names = new ArrayList<>();
    for (Attachment a : i.attachments) {
      names.add(a.name);
    }
    return new ItemInfo(
        i.id,
        i.id == null ? null : i.changeKey(),
        i.mailbox == null ? null : i.mailbox.primarySmtpAddress,
        i.folder == null ? null : i.folder.path(),
        i.itemClass,
        i.kind == Item.Kind.CONTACT && i.contact != null ? i.contact.displayName : i.subject,
        i.from == null ? null : i.from.address(),
        addresses(i.to),
        addresses(i.cc),
        i.internetMessageId,
        i.received,
        i.isRead,
        i.categories,
        names,
        i.size());
  }

  private static List<String> addresses(List<EmailAddress> list) {
    List<String> out = new ArrayList<>();
    list.forEach(a -> out.add(a.address()));
    return out;
  }

  public static FolderInfo folder(Folder f) {
    return new FolderInfo(
        f.id,
        f.path(),
        f.displayName,
        f.distinguishedId,
        f.totalCount(),
        f.unreadCount(),
        f.children.size());
  }

  public static MailboxInfo mailbox(Mailbox m) {
    return new MailboxInfo(m.primarySmtpAddress, m.displayName, m.recipientTypeDetails, m.guid);
  }

  public static ComplianceSearchInfo search(ComplianceData.ComplianceSearch s) {
    long items = 0;
    for (ComplianceData.LocationResult r : s.results) {
      items += r.itemCount();
    }
    String results = s.resultsComputed ? ComplianceCmdlets.successResults(s.results) : "";
    return new ComplianceSearchInfo(
        s.name, s.progress.status(), s.contentMatchQuery, items, results);
  }

  public static AllowBlockEntryInfo allowBlock(AdminData.AllowBlockEntry e) {
    return new AllowBlockEntryInfo(
        e.identity, e.listType, e.action, e.value, e.expirationDate, e.notes);
  }

  public static QuarantineMessageInfo quarantine(AdminData.QuarantinedMessage q) {
    return new QuarantineMessageInfo(
        q.identity,
        q.messageId,
        q.senderAddress,
        q.recipients,
        q.subject,
        q.type,
        q.releaseStatus,
        q.releasedTo);
  }

  public static InboxRuleInfo inboxRule(InboxRule r) {
    return new InboxRuleInfo(
        r.ruleIdentity.toString(),
        r.name,
        r.enabled,
        r.priority,
        r.forwardTo,
        r.redirectTo,
        r.moveToFolder);
  }
}

package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.internal.query.MailQuery;
import dev.exchangesdk.testkit.internal.store.DistributionGroup;
import dev.exchangesdk.testkit.internal.store.EmailAddress;
import dev.exchangesdk.testkit.internal.store.Folder;
import dev.exchangesdk.testkit.internal.store.InboxRule;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Tenant;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Directory and mailbox-settings operations: ExpandDL, ResolveNames, GetUserOofSettings,
 * GetInboxRules, and the eDiscovery pair GetSearchableMailboxes and SearchMailboxes (KQL subset of
 * {@link MailQuery}).
 *
 * <p>Stateless and thread-safe; runs under the tenant lock.
 */
final class DirectoryOps {
  private DirectoryOps() {}

  static void register(EwsService s) {
    s.add("ExpandDL", w -> {}, DirectoryOps::expandDl);
    s.add("ResolveNames", w -> {}, DirectoryOps::resolveNames);
    s.add(
        "GetUserOofSettingsRequest",
        EwsResponse.Shape.OOF,
        w -> {},
        DirectoryOps::getUserOofSettings);
    s.add("GetInboxRules", EwsResponse.Shape.SINGLE, w -> {}, DirectoryOps::getInboxRules);
    s.add(
        "GetSearchableMailboxes",
        EwsResponse.Shape.SINGLE,
        w -> w.empty("m:SearchableMailboxes"),
        DirectoryOps::getSearchableMailboxes);
    s.add("SearchMailboxes", w -> {}, DirectoryOps::searchMailboxes);
  }

  // ---- ExpandDL --------------------------------------------------------------------------------

  private static void expandDl(EwsContext ctx, EwsResponse out) throws EwsError {
    Element mb = ctx.m("Mailbox");
    String address = Dom.tText(mb, "EmailAddress");
    DistributionGroup g = address == null ? null : ctx.tenant.group(address);
    if (g == null) {
      throw new EwsError("ErrorNameResolutionNoResults", "No results were found.");
    }
    XmlWriter w = out.success();
    w.start("m:DLExpansion")
        .attr("TotalItemsInView", g.members.size())
        .attr("IncludesLastItemInRange", true);
    for (String member : g.members) {
      ItemWriter.mailbox(w, resolve(ctx.tenant, member));
    }
    w.end();
    out.endMessage();
  }

  /** A member address as a mailbox, group or one-off recipient. */
  static EmailAddress resolve(Tenant tenant, String address) {
    Mailbox m = tenant.mailbox(address);
    if (m != null) {
      return m.address();
    }
    DistributionGroup g = tenant.group(address);
    if (g != null) {
      return g.address();
    }
    return new EmailAddress(address, address, "OneOff");
  }

  // ---- ResolveNames ----------------------------------------------------------------------------

  private static void resolveNames(EwsContext ctx, EwsResponse out) throws EwsError {
    String entry = Dom.text(ctx.op, Dom.M, "UnresolvedEntry");
    boolean full = Dom.boolAttr(ctx.op, "ReturnFullContactData", false);
    String scope = Dom.attr(ctx.op, "SearchScope");
    String q =
        entry == null ? "" : entry.trim().replaceFirst("(?i)^smtp:", "").toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      throw new EwsError("ErrorNameResolutionNoResults", "No results were found.");
    }
    List<Object> hits = new ArrayList<>();
    if (scope == null || scope.contains("ActiveDirectory")) {
      for (Mailbox m : ctx.tenant.mailboxes()) {
        if (anr(q, m.displayName, m.alias, m.primarySmtpAddress, m.firstName, m.lastName)
            || m.hasAddress(q)) {
          hits.add(m);
        }
      }
      for (DistributionGroup g : ctx.tenant.groups) {
        if (anr(q, g.displayName, g.alias, g.primarySmtpAddress)) {
          hits.add(g);
        }
      }
    }
    if (scope != null && scope.contains("Contacts") && ctx.mailbox != null) {
      Folder contacts = ctx.mailbox.distinguished("contacts");
      for (Item c : contacts.items.values()) {
        if (c.contact != null
            && anr(
                q,
                c.contact.displayName,
                c.contact.givenName,
                c.contact.surname,
                c.contact.emailAddresses.isEmpty()
                    ? null
                    : c.contact.emailAddresses.values().iterator().next())) {
          hits.add(c);
        }
      }
    }
    if (hits.isEmpty()) {
      throw new EwsError("ErrorNameResolutionNoResults", "No results were found.");
    }
    XmlWriter w =
        hits.size() == 1
            ? out.success()
            : out.warning(
                new EwsError("ErrorNameResolutionMultipleResults", "Multiple results were found."));
    int shown = Math.min(100, hits.size());
    w.start("m:ResolutionSet")
        .attr("TotalItemsInView", shown)
        .attr("IncludesLastItemInRange", shown == hits.size());
    for (Object hit : hits.subList(0, shown)) {
      w.start("t:Resolution");
      if (hit instanceof Mailbox m) {
        ItemWriter.mailbox(w, m.address());
        if (full) {
          directoryContact(
              w,
              m.displayName,
              m.primarySmtpAddress,
              m.firstName,
              m.lastName,
              m.department,
              m.title);
        }
      } else if (hit instanceof DistributionGroup g) {
        ItemWriter.mailbox(w, g.address());
        if (full) {
          directoryContact(w, g.displayName, g.primarySmtpAddress, null, null, null, null);
        }
      } else {
        Item c = (Item) hit;
        String address =
            c.contact.emailAddresses.isEmpty()
                ? null
                : c.contact.emailAddresses.values().iterator().next();
        ItemWriter.mailbox(w, new EmailAddress(c.contact.displayName, address, "Contact"));
        if (full) {
          ContactWriter.write(w, c, ItemShape.ATTACHMENT_DEFAULT, ItemWriter.Context.GET);
        }
      }
      w.end();
    }
    w.end();
    out.endMessage();
  }

  private static boolean anr(String q, String... fields) {
    for (String f : fields) {
      if (f == null) {
        continue;
      }
      String v = f.toLowerCase(Locale.ROOT);
      if (v.startsWith(q)) {
        return true;
      }
      for (String word : v.split("[\\s.@]+")) {
        if (word.startsWith(q)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void directoryContact(
      XmlWriter w,
      String name,
      String address,
      String given,
      String surname,
      String department,
      String title) {
    w.start("t:Contact");
    w.element("t:DisplayName", name);
    w.element("t:GivenName", given);
    w.start("t:EmailAddresses");
    w.start("t:Entry").attr("Key", "EmailAddress1").text("SMTP:" + address).end();
    w.end();
    w.element("t:ContactSource", "ActiveDirectory");
    w.element("t:Department", department);
    w.element("t:JobTitle", title);
    w.element("t:Surname", surname);
    w.end();
  }

  // ---- GetUserOofSettings ----------------------------------------------------------------------

  private static void getUserOofSettings(EwsContext ctx, EwsResponse out) throws EwsError {
    Element mb = Dom.t(ctx.op, "Mailbox");
    String address = Dom.tText(mb, "Address");
    Mailbox m = address == null ? null : ctx.tenant.mailbox(address);
    if (m == null) {
      throw new EwsError("ErrorMailRecipientNotFound", "The e-mail address cannot be found.");
    }
    XmlWriter w = out.success();
    w.start("t:OofSettings");
    w.element("t:OofState", m.oof.state);
    w.element("t:ExternalAudience", m.oof.externalAudience);
    if (m.oof.start != null && m.oof.end != null) {
      w.start("t:Duration");
      ItemWriter.date(w, "t:StartTime", m.oof.start);
      ItemWriter.date(w, "t:EndTime", m.oof.end);
      w.end();
    }
    w.start("t:InternalReply").element("t:Message", m.oof.internalReply).end();
    w.start("t:ExternalReply").element("t:Message", m.oof.externalReply).end();
    w.end();
    w.element("m:AllowExternalOof", "All");
    out.endMessage();
  }

  // ---- GetInboxRules ---------------------------------------------------------------------------

  private static void getInboxRules(EwsContext ctx, EwsResponse out) throws EwsError {
    String address = Dom.text(ctx.op, Dom.M, "MailboxSmtpAddress");
    Mailbox m = address == null ? ctx.mailbox : ctx.tenant.mailbox(address.trim());
    if (m == null) {
      throw EwsError.nonExistentMailbox(address);
    }
    XmlWriter w = out.success();
    w.element("m:OutlookRuleBlobExists", false);
    w.start("m:InboxRules");
    List<InboxRule> rules = new ArrayList<>(m.inboxRules);
    rules.sort(Comparator.comparingInt(r -> r.priority));
    for (InboxRule r : rules) {
      w.start("t:Rule");
      w.element("t:RuleId", ruleId(r.ruleIdentity));
      w.element("t:DisplayName", r.name);
      w.element("t:Priority", r.priority);
      w.element("t:IsEnabled", r.enabled);
      boolean conditions =
          !r.bodyContainsWords.isEmpty()
              || !r.subjectContainsWords.isEmpty()
              || !r.from.isEmpty()
              || !r.sentTo.isEmpty();
      if (conditions) {
        w.start("t:Conditions");
        strings(w, "t:ContainsBodyStrings", r.bodyContainsWords);
        strings(w, "t:ContainsSubjectStrings", r.subjectContainsWords);
        addresses(ctx.tenant, w, "t:FromAddresses", r.from);
        addresses(ctx.tenant, w, "t:SentToAddresses", r.sentTo);
        w.end();
      }
      w.start("t:Actions");
      if (r.deleteMessage) {
        w.element("t:Delete", true);
      }
      addresses(ctx.tenant, w, "t:ForwardAsAttachmentToRecipients", r.forwardAsAttachmentTo);
      addresses(ctx.tenant, w, "t:ForwardToRecipients", r.forwardTo);
      if (r.markAsRead) {
        w.element("t:MarkAsRead", true);
      }
      if (r.moveToFolder != null) {
        Folder f = ctx.tenant.folderByPath(m, r.moveToFolder);
        if (f != null) {
          w.start("t:MoveToFolder");
          w.start("t:FolderId").attr("Id", f.id).attr("ChangeKey", f.changeKey()).end();
          w.end();
        }
      }
      addresses(ctx.tenant, w, "t:RedirectToRecipients", r.redirectTo);
      if (r.stopProcessingRules) {
        w.element("t:StopProcessingRules", true);
      }
      w.end();
      w.end();
    }
    w.end();
    out.endMessage();
  }

  static String ruleId(BigInteger identity) {
    return Base64.getEncoder()
        .encodeToString(ByteBuffer.allocate(8).putLong(identity.longValue()).array());
  }

  private static void strings(XmlWriter w, String element, List<String> values) {
    if (!values.isEmpty()) {
      w.start(element);
      values.forEach(v -> w.element("t:String", v));
      w.end();
    }
  }

  private static void addresses(Tenant tenant, XmlWriter w, String element, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    w.start(element);
    for (String v : values) {
      EmailAddress a = resolve(tenant, v);
      w.start("t:Address");
      w.element("t:Name", a.name());
      w.element("t:EmailAddress", a.address());
      w.element("t:RoutingType", "SMTP");
      w.element("t:MailboxType", a.mailboxType());
      w.end();
    }
    w.end();
  }

  // ---- eDiscovery ------------------------------------------------------------------------------

  private static void getSearchableMailboxes(EwsContext ctx, EwsResponse out) throws EwsError {
    String filter = Dom.text(ctx.op, Dom.M, "SearchFilter");
    boolean expand = "true".equals(Dom.text(ctx.op, Dom.M, "ExpandGroupMembership"));
    String f = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
    XmlWriter w = out.success();
    w.start("m:SearchableMailboxes");
    for (Mailbox m : ctx.tenant.mailboxes()) {
      if (f.isEmpty() || anr(f, m.displayName, m.alias, m.primarySmtpAddress)) {
        searchable(
            w, m.guid.toString(), m.primarySmtpAddress, m.displayName, false, m.legacyExchangeDn());
      }
    }
    for (DistributionGroup g : ctx.tenant.groups) {
      if (!f.isEmpty() && !anr(f, g.displayName, g.alias, g.primarySmtpAddress)) {
        continue;
      }
      if (expand) {
        for (Mailbox m : ctx.tenant.memberMailboxes(g)) {
          searchable(
              w,
              m.guid.toString(),
              m.primarySmtpAddress,
              m.displayName,
              false,
              m.legacyExchangeDn());
        }
      } else {
        searchable(
            w, g.guid.toString(), g.primarySmtpAddress, g.displayName, true, g.legacyExchangeDn());
      }
    }
    w.end();
    out.endMessage();
  }

  private static void searchable(
      XmlWriter w, String guid, String smtp, String name, boolean group, String ref) {
    w.start("t:SearchableMailbox");
    w.element("t:Guid", guid);
    w.element("t:PrimarySmtpAddress", smtp);
    w.element("t:IsExternalMailbox", false);
    w.element("t:ExternalEmailAddress", "");
    w.element("t:DisplayName", name);
    w.element("t:IsMembershipGroup", group);
    w.element("t:ReferenceId", ref);
    w.end();
  }

  /**
   * The mailboxes a reference id names: one mailbox, or a group's member mailboxes; empty if none.
   */
  private static List<Mailbox> byReference(Tenant tenant, String ref) {
    for (Mailbox m : tenant.mailboxes()) {
      if (m.legacyExchangeDn().equalsIgnoreCase(ref)
          || m.hasAddress(ref)
          || m.guid.toString().equalsIgnoreCase(ref)) {
        return List.of(m);
      }
    }
    for (DistributionGroup g : tenant.groups) {
      if (g.legacyExchangeDn().equalsIgnoreCase(ref)
          || g.primarySmtpAddress.equalsIgnoreCase(ref)
          || g.guid.toString().equalsIgnoreCase(ref)) {
        return tenant.memberMailboxes(g);
      }
    }
    return List.of();
  }

  private record Hit(Mailbox mailbox, Item item) {}

  private static void searchMailboxes(EwsContext ctx, EwsResponse out) throws EwsError {
    String resultType = Dom.text(ctx.op, Dom.M, "ResultType");
    boolean preview = "PreviewOnly".equals(resultType == null ? null : resultType.trim());
    String pageSizeText = Dom.text(ctx.op, Dom.M, "PageSize");
    int pageSize = pageSizeText == null ? 100 : Integer.parseInt(pageSizeText.trim());
    String pageRef = Dom.text(ctx.op, Dom.M, "PageItemReference");
    List<Hit> hits = new ArrayList<>();
    Map<String, long[]> keywordStats = new LinkedHashMap<>();
    Map<Mailbox, long[]> mailboxStats = new LinkedHashMap<>();
    List<String[]> failed = new ArrayList<>();
    Element queries = ctx.m("SearchQueries");
    List<Element> runQueries = new ArrayList<>();
    for (Element mq : Dom.children(queries, Dom.T, "MailboxQuery")) {
      String queryText = Dom.text(mq, Dom.T, "Query");
      MailQuery query = null;
      String problem = null;
      if (queryText == null || queryText.isBlank()) {
        problem = "The search query can't be empty.";
      } else {
        try {
          query = MailQuery.parse(queryText);
        } catch (MailQuery.InvalidQuery e) {
          problem = "The search query is not valid: " + e.getMessage();
        }
      }
      // As in the documented response: a query that cannot run (empty, invalid) has no keyword
      // statistics and is not echoed; its mailboxes are reported as failed.
      long[] stat = null;
      if (problem == null) {
        stat = keywordStats.computeIfAbsent(queryText, k -> new long[2]);
        runQueries.add(mq);
      }
      Set<Mailbox> searchedForQuery = new HashSet<>();
      for (Element scope :
          Dom.children(Dom.t(mq, "MailboxSearchScopes"), Dom.T, "MailboxSearchScope")) {
        String ref = Dom.tText(scope, "Mailbox");
        String searchScope = Dom.tText(scope, "SearchScope");
        boolean archive = "ArchiveOnly".equals(searchScope);
        List<Mailbox> targets = ref == null ? List.of() : byReference(ctx.tenant, ref);
        if (problem != null) {
          failed.add(new String[] {ref, problem, Boolean.toString(archive)});
          continue;
        }
        if (targets.isEmpty()) {
          failed.add(new String[] {ref, "The mailbox can't be found.", Boolean.toString(archive)});
          continue;
        }
        if (archive) {
          failed.add(new String[] {ref, "The mailbox doesn't have an archive.", "true"});
          continue;
        }
        for (Mailbox m : targets) {
          if (!searchedForQuery.add(m)) {
            continue; // named twice (directly and through a group): searched once
          }
          long[] ms = mailboxStats.computeIfAbsent(m, k -> new long[2]);
          for (Item i : ctx.tenant.allMailboxItems(m)) {
            if (i.kind == Item.Kind.MESSAGE && query.matches(i)) {
              hits.add(new Hit(m, i));
              stat[0]++;
              stat[1] += i.size();
              ms[0]++;
              ms[1] += i.size();
            }
          }
        }
      }
    }
    hits.sort(
        Comparator.comparing(
                (Hit h) -> h.item().received, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingLong(h -> h.item().serial));
    long totalSize = 0;
    for (Hit h : hits) {
      totalSize += h.item().size();
    }
    int start = 0;
    if (pageRef != null) {
      for (int i = 0; i < hits.size(); i++) {
        if (hits.get(i).item().id.equals(pageRef.trim())) {
          start = i + 1;
        }
      }
    }
    List<Hit> page =
        preview
            ? hits.subList(Math.min(start, hits.size()), Math.min(hits.size(), start + pageSize))
            : List.of();
    long pageBytes = 0;
    for (Hit h : page) {
      pageBytes += h.item().size();
    }
    // No mailbox could be searched (none found, no query could run): Exchange answers the
    // documented ErrorInvalidOperation, with the failed mailboxes and no statistics.
    boolean searchedNone = mailboxStats.isEmpty();
    XmlWriter w =
        searchedNone
            ? out.errorWithPayload(
                new EwsError(
                    "ErrorInvalidOperation",
                    "No mailbox is specified for search operation. If specified in the request,"
                        + " then it could be due to permission issue."))
            : out.success();
    w.start("m:SearchMailboxesResult");
    w.start("t:SearchQueries");
    for (Element mq :
        runQueries.isEmpty() ? Dom.children(queries, Dom.T, "MailboxQuery") : runQueries) {
      w.start("t:MailboxQuery");
      w.element(
          "t:Query", Dom.text(mq, Dom.T, "Query") == null ? "" : Dom.text(mq, Dom.T, "Query"));
      w.start("t:MailboxSearchScopes");
      for (Element scope :
          Dom.children(Dom.t(mq, "MailboxSearchScopes"), Dom.T, "MailboxSearchScope")) {
        w.start("t:MailboxSearchScope");
        w.element("t:Mailbox", Dom.tText(scope, "Mailbox"));
        w.element("t:SearchScope", Dom.tText(scope, "SearchScope"));
        w.end();
      }
      w.end();
      w.end();
    }
    w.end();
    w.element("t:ResultType", preview ? "PreviewOnly" : "StatisticsOnly");
    w.element("t:ItemCount", hits.size());
    w.element("t:Size", totalSize);
    w.element("t:PageItemCount", page.size());
    w.element("t:PageItemSize", pageBytes);
    if (!searchedNone) {
      w.start("t:KeywordStats");
      keywordStats.forEach(
          (k, v) -> {
            w.start("t:KeywordStat");
            w.element("t:Keyword", k);
            w.element("t:ItemHits", v[0]);
            w.element("t:Size", v[1]);
            w.end();
          });
      w.end();
    }
    if (preview && !searchedNone) {
      w.start("t:Items");
      for (Hit h : page) {
        previewItem(w, h);
      }
      w.end();
    }
    if (!failed.isEmpty()) {
      w.start("t:FailedMailboxes");
      for (String[] f : failed) {
        w.start("t:FailedMailbox");
        w.element("t:Mailbox", f[0] == null ? "" : f[0]);
        w.element("t:ErrorCode", 0);
        w.element("t:ErrorMessage", f[1]);
        w.element("t:IsArchive", Boolean.parseBoolean(f[2]));
        w.end();
      }
      w.end();
    }
    if (!mailboxStats.isEmpty()) {
      w.start("t:MailboxStats");
      mailboxStats.forEach(
          (m, v) -> {
            w.start("t:MailboxStat");
            w.element("t:MailboxId", m.legacyExchangeDn());
            w.element("t:DisplayName", m.displayName);
            w.element("t:ItemCount", v[0]);
            w.element("t:Size", v[1]);
            w.end();
          });
      w.end();
    }
    w.end();
    out.endMessage();
  }

  private static void previewItem(XmlWriter w, Hit h) {
    Item i = h.item();
    w.start("t:SearchPreviewItem");
    ItemWriter.itemId(w, "t:Id", i);
    w.start("t:Mailbox");
    w.element("t:MailboxId", h.mailbox().legacyExchangeDn());
    w.element("t:PrimarySmtpAddress", h.mailbox().primarySmtpAddress);
    w.end();
    if (i.folder != null) {
      w.start("t:ParentId").attr("Id", i.folder.id).attr("ChangeKey", i.folder.changeKey()).end();
    }
    w.element("t:ItemClass", i.itemClass);
    w.element(
        "t:UniqueHash",
        Integer.toHexString((i.internetMessageId == null ? i.id : i.internetMessageId).hashCode()));
    w.element("t:SortValue", i.received == null ? "" : ItemWriter.formatDate(i.received));
    w.element(
        "t:OwaLink",
        "https://outlook.office365.com/owa/?ItemID=" + i.id + "&viewmodel=ReadMessageItem");
    w.element("t:Sender", i.from == null ? "" : i.from.display());
    smtpList(w, "t:ToRecipients", i.to);
    smtpList(w, "t:CcRecipients", i.cc);
    smtpList(w, "t:BccRecipients", i.bcc);
    ItemWriter.date(w, "t:CreatedTime", i.created);
    ItemWriter.date(w, "t:ReceivedTime", i.received);
    ItemWriter.date(w, "t:SentTime", i.sent);
    w.element("t:Subject", i.subject == null ? "" : i.subject);
    w.element("t:Size", i.size());
    String preview =
        i.textBody != null
            ? i.textBody
            : dev.exchangesdk.testkit.internal.mime.HtmlText.toText(i.htmlBody);
    if (preview != null) {
      String flat = preview.replaceAll("\\s+", " ").strip();
      w.element("t:Preview", flat.length() > 255 ? flat.substring(0, 255) : flat);
    }
    w.element("t:Importance", i.importance);
    w.element("t:Read", i.isRead);
    w.element("t:HasAttachment", i.hasAttachments());
    w.end();
  }

  private static void smtpList(XmlWriter w, String element, List<EmailAddress> list) {
    if (list.isEmpty()) {
      return;
    }
    w.start(element);
    list.forEach(a -> w.element("t:SmtpAddress", a.address()));
    w.end();
  }
}

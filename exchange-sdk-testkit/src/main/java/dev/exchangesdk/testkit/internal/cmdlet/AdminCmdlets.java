package dev.exchangesdk.testkit.internal.cmdlet;

import dev.exchangesdk.testkit.internal.mime.MimeImport;
import dev.exchangesdk.testkit.internal.store.AdminData;
import dev.exchangesdk.testkit.internal.store.DistributionGroup;
import dev.exchangesdk.testkit.internal.store.InboxRule;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Tenant;
import dev.exchangesdk.testkit.model.MessageTraceRecord;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Exchange Online admin cmdlets the SDK's admin client calls, working on the fake tenant:
 * recipients, permissions, Tenant Allow/Block List, junk email rules, message trace V2, federation,
 * remote domains, audit bypass, inbox rules, transport rules, quarantine and mailbox forwarding.
 *
 * <p>Stateless and thread-safe; bodies run under the tenant lock.
 */
public final class AdminCmdlets {
  private static final String MORE_RESULTS =
      "There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.";

  private AdminCmdlets() {}

  /** Every admin cmdlet. */
  public static List<Cmdlet> all() {
    List<Cmdlet> c = new ArrayList<>();
    c.add(
        Cmdlet.of(
            "Get-Mailbox",
            ctx -> mailboxes(ctx, AdminObjects::mailbox),
            "Identity",
            "ResultSize",
            "RecipientTypeDetails",
            "Filter",
            "Anr",
            "OrganizationalUnit",
            "SortBy",
            "IncludeInactiveMailbox",
            "SoftDeletedMailbox",
            "InactiveMailboxOnly",
            "Archive",
            "PublicFolder",
            "GroupMailbox"));
    c.add(
        Cmdlet.of(
            "Get-CASMailbox",
            ctx -> mailboxes(ctx, AdminObjects::casMailbox),
            "Identity",
            "ResultSize",
            "Filter",
            "Anr",
            "OrganizationalUnit",
            "SortBy",
            "RecipientTypeDetails"));
    c.add(
        Cmdlet.of(
            "Get-User",
            ctx -> mailboxes(ctx, AdminObjects::user),
            "Identity",
            "ResultSize",
            "Filter",
            "Anr",
            "OrganizationalUnit",
            "SortBy",
            "RecipientTypeDetails",
            "IsVIP"));
    c.add(
        Cmdlet.of(
            "Get-Recipient",
            AdminCmdlets::getRecipient,
            "Identity",
            "ResultSize",
            "Filter",
            "Anr",
            "OrganizationalUnit",
            "SortBy",
            "RecipientTypeDetails",
            "RecipientType",
            "Properties",
            "PropertySet"));
    c.add(
        Cmdlet.of(
            "Get-MailboxPermission",
            AdminCmdlets::getMailboxPermission,
            "Identity",
            "User",
            "ResultSize",
            "Owner",
            "SoftDeletedMailbox",
            "IncludeSoftDeletedUserPermissions",
            "IncludeUnresolvedPermissions"));
    c.add(
        Cmdlet.of(
            "Get-RecipientPermission",
            AdminCmdlets::getRecipientPermission,
            "Identity",
            "Trustee",
            "AccessRights",
            "ResultSize"));
    c.add(
        Cmdlet.of(
            "New-TenantAllowBlockListItems",
            AdminCmdlets::newTabl,
            "ListType",
            "ListSubType",
            "Entries",
            "Block",
            "Allow",
            "Notes",
            "ExpirationDate",
            "NoExpiration",
            "RemoveAfter",
            "LogExtraDetails",
            "SubmissionID",
            "OutputJson"));
    c.add(
        Cmdlet.of(
            "Get-TenantAllowBlockListItems",
            AdminCmdlets::getTabl,
            "ListType",
            "ListSubType",
            "Entry",
            "Block",
            "Allow",
            "ExpirationDate",
            "NoExpiration",
            "OutputJson"));
    c.add(
        Cmdlet.of(
            "Remove-TenantAllowBlockListItems",
            AdminCmdlets::removeTabl,
            "ListType",
            "ListSubType",
            "Entries",
            "Ids",
            "OutputJson"));
    c.add(
        Cmdlet.of(
            "Get-MailboxJunkEmailConfiguration",
            ctx -> CmdletResult.of(List.of(AdminObjects.junk(ctx.mailbox("Identity")))),
            "Identity",
            "ResultSize"));
    c.add(
        Cmdlet.of(
            "Set-MailboxJunkEmailConfiguration",
            AdminCmdlets::setJunk,
            "Identity",
            "Enabled",
            "TrustedListsOnly",
            "ContactsTrusted",
            "TrustedSendersAndDomains",
            "BlockedSendersAndDomains",
            "TrustedRecipientsAndDomains"));
    c.add(
        Cmdlet.of(
            "Get-MessageTraceV2",
            AdminCmdlets::messageTrace,
            "StartDate",
            "EndDate",
            "SenderAddress",
            "RecipientAddress",
            "MessageId",
            "MessageTraceId",
            "Status",
            "Subject",
            "SubjectFilterType",
            "FromIP",
            "ToIP",
            "ResultSize",
            "StartingRecipientAddress"));
    c.add(
        Cmdlet.of(
            "Get-MessageTraceDetailV2",
            AdminCmdlets::messageTraceDetail,
            "MessageTraceId",
            "RecipientAddress",
            "StartDate",
            "EndDate",
            "Event",
            "Action"));
    c.add(Cmdlet.of("Get-FederationTrust", AdminCmdlets::federationTrust, "Identity"));
    c.add(
        Cmdlet.of(
            "Get-FederatedOrganizationIdentifier",
            AdminCmdlets::federatedOrganizationIdentifier,
            "Identity",
            "IncludeExtendedDomainInfo"));
    c.add(Cmdlet.of("Get-RemoteDomain", AdminCmdlets::remoteDomains, "Identity", "ResultSize"));
    c.add(
        Cmdlet.of(
            "Get-MailboxAuditBypassAssociation",
            AdminCmdlets::auditBypass,
            "Identity",
            "ResultSize"));
    c.add(
        Cmdlet.of(
            "Get-InboxRule",
            AdminCmdlets::getInboxRule,
            "Mailbox",
            "Identity",
            "IncludeHidden",
            "BypassScopeCheck",
            "DescriptionTimeFormat",
            "DescriptionTimeZone",
            "SweepRules"));
    c.add(
        Cmdlet.of(
            "Remove-InboxRule",
            ctx -> inboxRuleChange(ctx, "remove"),
            "Mailbox",
            "Identity",
            "AlwaysDeleteOutlookRulesBlob"));
    c.add(
        Cmdlet.of(
            "Disable-InboxRule",
            ctx -> inboxRuleChange(ctx, "disable"),
            "Mailbox",
            "Identity",
            "AlwaysDeleteOutlookRulesBlob"));
    c.add(
        Cmdlet.of(
            "Enable-InboxRule",
            ctx -> inboxRuleChange(ctx, "enable"),
            "Mailbox",
            "Identity",
            "AlwaysDeleteOutlookRulesBlob"));
    c.add(
        Cmdlet.of(
            "Get-TransportRule",
            AdminCmdlets::getTransportRule,
            "Identity",
            "State",
            "ResultSize",
            "DlpPolicy",
            "Filter"));
    c.add(
        Cmdlet.of(
            "New-TransportRule",
            ctx -> setTransportRule(ctx, true),
            TransportRuleParameters.all(false)));
    c.add(
        Cmdlet.of(
            "Set-TransportRule",
            ctx -> setTransportRule(ctx, false),
            TransportRuleParameters.all(true)));
    c.add(Cmdlet.of("Remove-TransportRule", ctx -> transportRuleChange(ctx, "remove"), "Identity"));
    c.add(Cmdlet.of("Enable-TransportRule", ctx -> transportRuleChange(ctx, "enable"), "Identity"));
    c.add(
        Cmdlet.of("Disable-TransportRule", ctx -> transportRuleChange(ctx, "disable"), "Identity"));
    c.add(
        Cmdlet.of(
            "Get-QuarantineMessage",
            AdminCmdlets::getQuarantine,
            "Identity",
            "EntityType",
            "RecipientAddress",
            "SenderAddress",
            "TeamsConversationTypes",
            "Direction",
            "Domain",
            "StartReceivedDate",
            "EndReceivedDate",
            "StartExpiresDate",
            "EndExpiresDate",
            "IncludeMessagesFromBlockedSenderAddress",
            "MessageId",
            "MyItems",
            "Page",
            "PageSize",
            "PolicyName",
            "PolicyTypes",
            "QuarantineTypes",
            "RecipientTag",
            "ReleaseStatus",
            "Reported",
            "Subject",
            "Type"));
    c.add(
        Cmdlet.of(
            "Export-QuarantineMessage",
            AdminCmdlets::exportQuarantine,
            "Identity",
            "Identities",
            "CompressOutput",
            "EntityType",
            "ForceConversionToMime",
            "Password",
            "ReasonForExport",
            "RecipientAddress"));
    c.add(
        Cmdlet.of(
            "Release-QuarantineMessage",
            AdminCmdlets::releaseQuarantine,
            "Identity",
            "Identities",
            "User",
            "ReleaseToAll",
            "AllowSender",
            "EntityType",
            "ReportFalsePositive",
            "ActionType"));
    c.add(
        Cmdlet.of(
            "Set-Mailbox",
            AdminCmdlets::setMailbox,
            "Identity",
            "ForwardingAddress",
            "ForwardingSmtpAddress",
            "DeliverToMailboxAndForward",
            "HiddenFromAddressListsEnabled",
            "LitigationHoldEnabled",
            "AuditBypassEnabled"));
    return c;
  }

  // ---- recipients ------------------------------------------------------------------------------

  private static CmdletResult mailboxes(
      CmdletContext ctx, java.util.function.BiFunction<Tenant, Mailbox, Map<String, Object>> view)
      throws CmdletException {
    Params p = ctx.params;
    List<Map<String, Object>> objects = new ArrayList<>();
    if (p.has("Identity")) {
      objects.add(view.apply(ctx.tenant, ctx.mailbox("Identity")));
      return CmdletResult.of(objects);
    }
    List<String> types = p.strings("RecipientTypeDetails");
    for (Mailbox m : ctx.tenant.mailboxes()) {
      if (types.isEmpty()
          || types.stream().anyMatch(t -> t.equalsIgnoreCase(m.recipientTypeDetails))) {
        objects.add(view.apply(ctx.tenant, m));
      }
    }
    return limit(ctx, filter(ctx, anr(ctx, objects)), 1000);
  }

  private static List<Map<String, Object>> anr(CmdletContext ctx, List<Map<String, Object>> objects)
      throws CmdletException {
    String anr = ctx.params.string("Anr");
    if (anr == null) {
      return objects;
    }
    String a = anr.toLowerCase(Locale.ROOT);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> o : objects) {
      for (String k :
          List.of("DisplayName", "Alias", "PrimarySmtpAddress", "Name", "FirstName", "LastName")) {
        Object v = o.get(k);
        if (v instanceof String s && s.toLowerCase(Locale.ROOT).startsWith(a)) {
          out.add(o);
          break;
        }
      }
    }
    return out;
  }

  private static List<Map<String, Object>> filter(
      CmdletContext ctx, List<Map<String, Object>> objects) throws CmdletException {
    String f = ctx.params.string("Filter");
    if (f == null) {
      return objects;
    }
    OPathFilter filter = OPathFilter.parse(f);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> o : objects) {
      if (filter.matches(o)) {
        out.add(o);
      }
    }
    return out;
  }

  /** Applies ResultSize, warning like the service when results were cut. */
  private static CmdletResult limit(CmdletContext ctx, List<Map<String, Object>> objects, int dflt)
      throws CmdletException {
    int size = ctx.params.resultSize("ResultSize", dflt);
    CmdletResult r = CmdletResult.of(objects.size() > size ? objects.subList(0, size) : objects);
    if (objects.size() > size) {
      r.warn(MORE_RESULTS);
    }
    return r;
  }

  private static CmdletResult getRecipient(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    Tenant t = ctx.tenant;
    if (p.has("Identity")) {
      String id = p.requiredString("Identity");
      Mailbox m = t.findMailbox(id);
      if (m != null) {
        return CmdletResult.of(List.of(AdminObjects.recipient(t, m)));
      }
      DistributionGroup g = t.group(id);
      if (g != null) {
        return CmdletResult.of(List.of(AdminObjects.recipient(t, g)));
      }
      throw CmdletException.notFound(id);
    }
    List<String> types = p.strings("RecipientTypeDetails");
    types.addAll(p.strings("RecipientType"));
    List<Map<String, Object>> objects = new ArrayList<>();
    for (Mailbox m : t.mailboxes()) {
      objects.add(AdminObjects.recipient(t, m));
    }
    for (DistributionGroup g : t.groups) {
      objects.add(AdminObjects.recipient(t, g));
    }
    if (!types.isEmpty()) {
      objects.removeIf(
          o ->
              types.stream()
                  .noneMatch(
                      x ->
                          x.equalsIgnoreCase(String.valueOf(o.get("RecipientTypeDetails")))
                              || x.equalsIgnoreCase(String.valueOf(o.get("RecipientType")))));
    }
    return limit(ctx, filter(ctx, anr(ctx, objects)), 1000);
  }

  private static CmdletResult getMailboxPermission(CmdletContext ctx) throws CmdletException {
    Mailbox m = ctx.mailbox("Identity");
    List<Map<String, Object>> all = AdminObjects.mailboxPermissions(m);
    String user = ctx.params.string("User");
    if (user != null) {
      all.removeIf(o -> !String.valueOf(o.get("User")).equalsIgnoreCase(user));
    }
    return limit(ctx, all, 1000);
  }

  private static CmdletResult getRecipientPermission(CmdletContext ctx) throws CmdletException {
    List<Map<String, Object>> all = new ArrayList<>();
    if (ctx.params.has("Identity")) {
      all.addAll(AdminObjects.recipientPermissions(ctx.mailbox("Identity")));
    } else {
      for (Mailbox m : ctx.tenant.mailboxes()) {
        all.addAll(AdminObjects.recipientPermissions(m));
      }
    }
    String trustee = ctx.params.string("Trustee");
    if (trustee != null) {
      all.removeIf(o -> !String.valueOf(o.get("Trustee")).equalsIgnoreCase(trustee));
    }
    return limit(ctx, all, 1000);
  }

  // ---- Tenant Allow/Block List -----------------------------------------------------------------

  private static final List<String> LIST_TYPES =
      List.of("Sender", "FileHash", "Url", "IP", "BulkSender");
  private static final List<String> SUB_TYPES = List.of("Tenant", "AdvancedDelivery", "Submission");
  private static final String LIST_TYPE_ENUM =
      "Microsoft.Exchange.Management.Tasks.TenantAllowBlockListItemType";

  private static String listType(Params p) throws CmdletException {
    String listType = p.enumValue("ListType", LIST_TYPE_ENUM, LIST_TYPES);
    if (listType == null) {
      throw CmdletException.argument("The ListType parameter is required.");
    }
    return listType;
  }

  private static String listSubType(Params p) throws CmdletException {
    return p.has("ListSubType")
        ? p.enumValue("ListSubType", "Microsoft.Exchange.Management.Tasks.ListSubType", SUB_TYPES)
        : "Tenant";
  }

  private static CmdletResult newTabl(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    String listType = listType(p);
    String subType = listSubType(p);
    boolean block = p.isSet("Block");
    boolean allow = p.isSet("Allow");
    if (block == allow) {
      throw CmdletException.ambiguousParameterSet("Specify exactly one of Allow or Block.");
    }
    int expirationOptions =
        (p.has("ExpirationDate") ? 1 : 0)
            + (p.isSet("NoExpiration") ? 1 : 0)
            + (p.has("RemoveAfter") ? 1 : 0);
    if (expirationOptions > 1) {
      throw CmdletException.argument(
          "ExpirationDate, NoExpiration and RemoveAfter can't be used together.");
    }
    List<String> entries = p.strings("Entries");
    if (entries.isEmpty()) {
      throw CmdletException.argument("The Entries parameter is required.");
    }
    Instant now = ctx.now();
    Instant expiration;
    if (p.isSet("NoExpiration")) {
      expiration = null;
    } else if (p.has("ExpirationDate")) {
      expiration = p.date("ExpirationDate");
      if (!expiration.isAfter(now)) {
        throw CmdletException.argument("The expiration date must be in the future.");
      }
    } else if (p.has("RemoveAfter")) {
      Integer days = p.integer("RemoveAfter");
      if (days == null || days != 45) {
        throw CmdletException.argument("The only valid value for RemoveAfter is 45.");
      }
      expiration = now.plus(Duration.ofDays(45));
    } else {
      expiration = now.plus(Duration.ofDays(30));
    }
    String action = block ? "Block" : "Allow";
    List<Map<String, Object>> out = new ArrayList<>();
    for (String value : entries) {
      String v = value.trim();
      String problem = validateEntry(listType, v);
      AdminData.AllowBlockEntry existing = findEntry(ctx.tenant, listType, subType, v);
      if (problem != null || existing != null) {
        AdminData.AllowBlockEntry shown =
            existing != null
                ? existing
                : entry(ctx, listType, subType, action, v, expiration, p.string("Notes"));
        out.add(
            AdminObjects.allowBlockEntry(
                shown,
                existing != null ? "Unchanged" : "New",
                problem != null ? problem : "The entry already exists."));
        continue;
      }
      AdminData.AllowBlockEntry e =
          entry(ctx, listType, subType, action, v, expiration, p.string("Notes"));
      e.submissionId = p.string("SubmissionID");
      ctx.tenant.admin.allowBlockList.add(e);
      out.add(AdminObjects.allowBlockEntry(e, "New", null));
    }
    return CmdletResult.of(out);
  }

  private static AdminData.AllowBlockEntry entry(
      CmdletContext ctx,
      String listType,
      String subType,
      String action,
      String value,
      Instant expiration,
      String notes) {
    return AdminData.AllowBlockEntry.create(
        ctx.tenant.tenantId,
        listType,
        subType,
        action,
        value,
        expiration,
        notes,
        ctx.now(),
        ctx.actor());
  }

  private static String validateEntry(String listType, String v) {
    switch (listType) {
      case "FileHash":
        return v.matches("(?i)[0-9a-f]{64}")
            ? null
            : "The file hash must be a SHA256 hash (64 hexadecimal characters).";
      case "Url":
        return v.length() <= 250 && !v.isBlank()
            ? null
            : "URL entries can't exceed 250 characters.";
      case "IP":
        return v.contains(":") ? null : "Only IPv6 addresses are supported in IP entries.";
      default:
        return v.matches("(?i)^([^@\\s]+@)?[a-z0-9.-]+\\.[a-z]{2,}$")
            ? null
            : "The value '" + v + "' is not a valid domain or email address.";
    }
  }

  private static AdminData.AllowBlockEntry findEntry(
      Tenant t, String listType, String subType, String value) {
    for (AdminData.AllowBlockEntry e : t.admin.allowBlockList) {
      if (e.listType.equals(listType)
          && e.listSubType.equals(subType)
          && e.value.equalsIgnoreCase(value)) {
        return e;
      }
    }
    return null;
  }

  private static void expire(Tenant t, Instant now) {
    t.admin.allowBlockList.removeIf(
        e -> e.expirationDate != null && !e.expirationDate.isAfter(now));
  }

  private static CmdletResult getTabl(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    String listType = listType(p);
    String subType = listSubType(p);
    expire(ctx.tenant, ctx.now());
    boolean block = p.isSet("Block");
    boolean allow = p.isSet("Allow");
    String entry = p.string("Entry");
    boolean noExpiration = p.isSet("NoExpiration");
    Instant expiration = p.date("ExpirationDate");
    List<Map<String, Object>> out = new ArrayList<>();
    for (AdminData.AllowBlockEntry e : ctx.tenant.admin.allowBlockList) {
      if (!e.listType.equals(listType) || !e.listSubType.equals(subType)) {
        continue;
      }
      if ((block && !e.action.equals("Block")) || (allow && !e.action.equals("Allow"))) {
        continue;
      }
      if (entry != null && !e.value.equalsIgnoreCase(entry)) {
        continue;
      }
      if (noExpiration && e.expirationDate != null) {
        continue;
      }
      if (expiration != null
          && (e.expirationDate == null || !e.expirationDate.equals(expiration))) {
        continue;
      }
      out.add(AdminObjects.allowBlockEntry(e, "Unchanged", null));
    }
    return CmdletResult.of(out);
  }

  private static CmdletResult removeTabl(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    String listType = listType(p);
    String subType = listSubType(p);
    boolean byEntries = p.has("Entries");
    boolean byIds = p.has("Ids");
    if (byEntries == byIds) {
      throw CmdletException.ambiguousParameterSet("Specify either Entries or Ids.");
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (String key : p.strings(byEntries ? "Entries" : "Ids")) {
      AdminData.AllowBlockEntry found = null;
      for (AdminData.AllowBlockEntry e : ctx.tenant.admin.allowBlockList) {
        boolean match =
            byEntries ? e.value.equalsIgnoreCase(key.trim()) : e.identity.equals(key.trim());
        if (match && e.listType.equals(listType) && e.listSubType.equals(subType)) {
          found = e;
        }
      }
      if (found == null) {
        AdminData.AllowBlockEntry missing = new AdminData.AllowBlockEntry();
        missing.listType = listType;
        missing.listSubType = subType;
        missing.value = byEntries ? key : null;
        missing.identity = byIds ? key : null;
        missing.lastModified = ctx.now();
        out.add(AdminObjects.allowBlockEntry(missing, "Unchanged", "The entry wasn't found."));
        continue;
      }
      ctx.tenant.admin.allowBlockList.remove(found);
      out.add(AdminObjects.allowBlockEntry(found, "Deleted", null));
    }
    return CmdletResult.of(out);
  }

  // ---- junk email ------------------------------------------------------------------------------

  private static CmdletResult setJunk(CmdletContext ctx) throws CmdletException {
    Mailbox m = ctx.mailbox("Identity");
    Params p = ctx.params;
    if (p.has("Enabled")) {
      m.junk.enabled = Boolean.TRUE.equals(p.bool("Enabled"));
    }
    if (p.has("TrustedListsOnly")) {
      m.junk.trustedListsOnly = Boolean.TRUE.equals(p.bool("TrustedListsOnly"));
    }
    if (p.has("ContactsTrusted")) {
      m.junk.contactsTrusted = Boolean.TRUE.equals(p.bool("ContactsTrusted"));
    }
    edit(p, "TrustedSendersAndDomains", m.junk.trustedSendersAndDomains);
    edit(p, "BlockedSendersAndDomains", m.junk.blockedSendersAndDomains);
    edit(p, "TrustedRecipientsAndDomains", m.junk.trustedRecipientsAndDomains);
    if (m.junk.trustedSendersAndDomains.size() > 1024
        || m.junk.blockedSendersAndDomains.size() > 1024) {
      throw CmdletException.argument(
          "The junk email rule can't hold more than 1024 entries per list.");
    }
    m.whenChanged = ctx.now();
    return CmdletResult.empty();
  }

  /** A multi-valued edit: hashtable add/remove, a replacement list, or null to clear. */
  private static void edit(Params p, String name, List<String> target) throws CmdletException {
    if (!p.has(name)) {
      return;
    }
    if (p.isNull(name)) {
      target.clear();
      return;
    }
    Params.AddRemove ar = p.hashtable(name);
    if (ar == null) {
      target.clear();
      for (String v : p.replacement(name)) {
        addOnce(target, v);
      }
      return;
    }
    for (String v : ar.add()) {
      addOnce(target, v);
    }
    for (String v : ar.remove()) {
      target.removeIf(x -> x.equalsIgnoreCase(v.trim()));
    }
  }

  private static void addOnce(List<String> target, String v) {
    String t = v.trim();
    if (!t.isEmpty() && target.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
      target.add(t);
    }
  }

  // ---- message trace ---------------------------------------------------------------------------

  private static final List<String> TRACE_STATUS =
      List.of(
          "None",
          "GettingStatus",
          "Failed",
          "Pending",
          "Delivered",
          "Expanded",
          "Quarantined",
          "FilteredAsSpam");

  private static CmdletResult messageTrace(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    Instant now = ctx.now();
    Instant end = p.has("EndDate") ? p.date("EndDate") : now;
    Instant start = p.has("StartDate") ? p.date("StartDate") : end.minus(Duration.ofHours(48));
    if (!start.isBefore(end)) {
      throw CmdletException.argument("The StartDate value must be earlier than the EndDate value.");
    }
    if (Duration.between(start, end).compareTo(Duration.ofDays(10)) > 0) {
      throw CmdletException.argument(
          "The time range between StartDate and EndDate can't exceed 10 days. Split the query into windows of 10 days or less.");
    }
    if (start.isBefore(now.minus(Duration.ofDays(90)))) {
      throw CmdletException.argument("The StartDate value can't be more than 90 days in the past.");
    }
    int resultSize = p.resultSize("ResultSize", 1000);
    if (resultSize > 5000) {
      throw CmdletException.invalid(
          "System.Management.Automation.ParameterBindingValidationException",
          "Cannot validate argument on parameter 'ResultSize'. The "
              + resultSize
              + " argument is greater than the maximum allowed range of 5000. Supply an argument that is less than or equal to 5000 and then try the command again.");
    }
    List<String> senders = lower(p.strings("SenderAddress"));
    List<String> recipients = lower(p.strings("RecipientAddress"));
    List<String> messageIds = p.strings("MessageId");
    List<String> statuses =
        p.enumValues(
            "Status",
            "Microsoft.Exchange.Management.FfoReporting.MessageTraceStatus",
            TRACE_STATUS);
    String traceId = p.string("MessageTraceId");
    String subject = p.string("Subject");
    String subjectFilter =
        p.has("SubjectFilterType")
            ? p.enumValue(
                "SubjectFilterType",
                "SubjectFilterType",
                List.of("Contains", "StartsWith", "EndsWith"))
            : "Contains";
    String fromIp = p.string("FromIP");
    String toIp = p.string("ToIP");
    String startingRecipient = p.string("StartingRecipientAddress");
    List<MessageTraceRecord> matches = new ArrayList<>();
    for (MessageTraceRecord e : ctx.tenant.messageTrace) {
      if (e.received().isBefore(start) || e.received().isAfter(end)) {
        continue;
      }
      if (!senders.isEmpty() && !senders.contains(e.senderAddress().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!recipients.isEmpty()
          && !recipients.contains(e.recipientAddress().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!messageIds.isEmpty()
          && messageIds.stream().noneMatch(id -> sameMessageId(id, e.messageId()))) {
        continue;
      }
      if (!statuses.isEmpty() && !statuses.contains(e.status())) {
        continue;
      }
      if (traceId != null && !traceId.equalsIgnoreCase(e.messageTraceId().toString())) {
        continue;
      }
      if (subject != null && !subjectMatches(e.subject(), subject, subjectFilter)) {
        continue;
      }
      if (fromIp != null && !fromIp.equals(e.fromIp())) {
        continue;
      }
      if (toIp != null && !toIp.equals(e.toIp())) {
        continue;
      }
      if (startingRecipient != null
          && e.received().equals(end)
          && e.recipientAddress().compareToIgnoreCase(startingRecipient) <= 0) {
        continue;
      }
      matches.add(e);
    }
    matches.sort(
        Comparator.comparing(MessageTraceRecord::received)
            .reversed()
            .thenComparing(e -> e.recipientAddress().toLowerCase(Locale.ROOT)));
    List<Map<String, Object>> out = new ArrayList<>();
    for (MessageTraceRecord e : matches.subList(0, Math.min(resultSize, matches.size()))) {
      out.add(AdminObjects.messageTrace(e));
    }
    CmdletResult r = CmdletResult.of(out);
    if (matches.size() > resultSize) {
      MessageTraceRecord last = matches.get(resultSize - 1);
      r.warn(
          "There are more results, use the following command to get more. Get-MessageTraceV2 -StartingRecipientAddress \""
              + last.recipientAddress()
              + "\" -EndDate \""
              + Typed.format(last.received())
              + "\"");
    }
    return r;
  }

  /**
   * The transport events of one message for one recipient: what the service would have logged for
   * the trace record's status. Nothing found is an empty result, as on the service.
   */
  private static CmdletResult messageTraceDetail(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    String traceId = p.requiredString("MessageTraceId").trim();
    String recipient = p.requiredString("RecipientAddress").trim();
    List<String> events = p.strings("Event");
    List<String> actions = p.strings("Action");
    Instant start = p.has("StartDate") ? p.date("StartDate") : null;
    Instant end = p.has("EndDate") ? p.date("EndDate") : null;
    List<Map<String, Object>> out = new ArrayList<>();
    for (MessageTraceRecord e : ctx.tenant.messageTrace) {
      if (!e.messageTraceId().toString().equalsIgnoreCase(traceId)
          || !e.recipientAddress().equalsIgnoreCase(recipient)) {
        continue;
      }
      for (TraceEvents.TraceEvent d : TraceEvents.of(e)) {
        boolean inWindow =
            (start == null || !d.date().isBefore(start)) && (end == null || !d.date().isAfter(end));
        if (inWindow
            && (events.isEmpty() || containsIgnoreCase(events, d.event()))
            && (actions.isEmpty() || containsIgnoreCase(actions, d.action()))) {
          out.add(AdminObjects.messageTraceDetail(e, d));
        }
      }
    }
    return CmdletResult.of(out);
  }

  private static boolean containsIgnoreCase(List<String> values, String value) {
    return value != null && values.stream().anyMatch(value::equalsIgnoreCase);
  }

  private static boolean sameMessageId(String wanted, String actual) {
    String w = wanted.trim();
    String a = actual == null ? "" : actual.trim();
    return w.equalsIgnoreCase(a) || ("<" + w + ">").equalsIgnoreCase(a);
  }

  private static boolean subjectMatches(String subject, String filter, String type) {
    String s = subject.toLowerCase(Locale.ROOT);
    String f = filter.toLowerCase(Locale.ROOT);
    return switch (type) {
      case "StartsWith" -> s.startsWith(f);
      case "EndsWith" -> s.endsWith(f);
      default -> s.contains(f);
    };
  }

  private static List<String> lower(List<String> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(v.trim().toLowerCase(Locale.ROOT)));
    return out;
  }

  // ---- federation, remote domains, audit bypass ------------------------------------------------

  private static CmdletResult federationTrust(CmdletContext ctx) throws CmdletException {
    Tenant t = ctx.tenant;
    String id = ctx.params.string("Identity");
    if (id != null && !id.equalsIgnoreCase("Microsoft Federation Gateway")) {
      throw CmdletException.notFound(id);
    }
    Map<String, Object> o = new java.util.LinkedHashMap<>();
    Instant created = Instant.parse("2021-03-01T10:15:30Z");
    o.put("ApplicationIdentifier", "260563");
    o.put("ApplicationUri", "FYDIBOHF25SPDLT." + vanity(t));
    o.put(
        "MetadataEpr",
        "https://nexus.microsoftonline-p.com/FederationMetadata/2006-12/FederationMetadata.xml");
    o.put("MetadataPutEpr", null);
    o.put("MetadataPollInterval", "1.00:00:00");
    o.put(
        "OrgCertificate",
        AdminObjects.certificate(
            "CN=Federation",
            "9A1B2C3D4E5F60718293A4B5C6D7E8F901234567",
            created,
            created.plus(Duration.ofDays(1825))));
    o.put("OrgNextCertificate", null);
    o.put("OrgPrevCertificate", null);
    o.put("OrgPrivCertificate", "9A1B2C3D4E5F60718293A4B5C6D7E8F901234567");
    o.put("OrgNextPrivCertificate", null);
    o.put("OrgPrevPrivCertificate", null);
    o.put(
        "TokenIssuerCertificate",
        AdminObjects.certificate(
            "CN=nexus.microsoftonline-p.com",
            "D8A3F5B4C1E2907A6B5C4D3E2F1A0B9C8D7E6F50",
            created,
            created.plus(Duration.ofDays(730))));
    o.put("TokenIssuerPrevCertificate", null);
    o.put("TokenIssuerUri", "urn:federation:MicrosoftOnline");
    o.put("TokenIssuerType", "MSIS");
    o.put("TokenIssuerEpr", "https://login.microsoftonline.com/extSTS.srf");
    o.put(
        "TokenIssuerMetadataEpr",
        "https://nexus.microsoftonline-p.com/FederationMetadata/2006-12/FederationMetadata.xml");
    o.put("WebRequestorRedirectEpr", "https://login.microsoftonline.com/");
    o.put("PolicyReferenceUri", "EX_MBI_FED_SSL");
    o.put("NamespaceProvisioner", "WindowsLiveDomainServices2");
    federationCommon(
        o,
        t,
        "Microsoft Federation Gateway",
        new java.util.UUID(t.tenantId.getLeastSignificantBits(), 0x0FEDL),
        created);
    return CmdletResult.of(List.of(o));
  }

  private static String vanity(Tenant t) {
    return t.acceptedDomains.get(0);
  }

  private static void federationCommon(
      Map<String, Object> o, Tenant t, String name, java.util.UUID guid, Instant created) {
    o.put("AdminDisplayName", "");
    o.put("ExchangeVersion", "0.10 (14.0.100.0)");
    o.put("Name", name);
    o.put(
        "DistinguishedName",
        "CN="
            + name
            + ",CN=Federation Trusts,CN=Configuration,CN="
            + t.domain
            + ",CN=ConfigurationUnits,DC=NAMPR11A001,DC=PROD,DC=OUTLOOK,DC=COM");
    o.put("Identity", name);
    o.put("Id", name);
    o.put("Guid", Typed.guid(guid));
    o.put("ObjectCategory", "NAMPR11A001.PROD.OUTLOOK.COM/Configuration/Schema/ms-Exch-Fed-Trust");
    o.put("ObjectClass", List.of("top", "msExchFedTrust"));
    o.put("WhenChanged", Typed.dateTime(created));
    o.put("WhenCreated", Typed.dateTime(created));
    o.put("WhenChangedUTC", Typed.dateTimeUtc(created));
    o.put("WhenCreatedUTC", Typed.dateTimeUtc(created));
    o.put("IsValid", true);
  }

  private static CmdletResult federatedOrganizationIdentifier(CmdletContext ctx)
      throws CmdletException {
    Tenant t = ctx.tenant;
    Map<String, Object> o = new java.util.LinkedHashMap<>();
    o.put("AccountNamespace", "FYDIBOHF25SPDLT." + vanity(t));
    o.put("Domains", List.of(vanity(t)));
    o.put("Enabled", true);
    o.put("OrganizationContact", "");
    o.put("DelegationTrustLink", "Microsoft Federation Gateway");
    o.put("DefaultDomain", null);
    Instant created = Instant.parse("2021-03-01T10:15:30Z");
    federationCommon(
        o,
        t,
        "FederatedOrganizationIdentifier",
        new java.util.UUID(t.tenantId.getMostSignificantBits(), 0xF0E1L),
        created);
    o.put("Identity", t.domain + "\\FederatedOrganizationIdentifier");
    return CmdletResult.of(List.of(o));
  }

  private static CmdletResult remoteDomains(CmdletContext ctx) throws CmdletException {
    String id = ctx.params.string("Identity");
    List<Map<String, Object>> out = new ArrayList<>();
    for (AdminData.RemoteDomain d : ctx.tenant.admin.remoteDomains) {
      if (id == null || d.identity.equalsIgnoreCase(id) || d.domainName.equalsIgnoreCase(id)) {
        out.add(AdminObjects.remoteDomain(d));
      }
    }
    if (id != null && out.isEmpty()) {
      throw CmdletException.notFound(id);
    }
    return limit(ctx, out, 1000);
  }

  private static CmdletResult auditBypass(CmdletContext ctx) throws CmdletException {
    List<Mailbox> targets =
        ctx.params.has("Identity") ? List.of(ctx.mailbox("Identity")) : ctx.tenant.mailboxes();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Mailbox m : targets) {
      Map<String, Object> o = new java.util.LinkedHashMap<>();
      o.put("AuditBypassEnabled", m.auditBypassEnabled);
      o.put("ObjectId", m.alias);
      o.put("Name", m.alias);
      o.put("Identity", m.alias);
      o.put("Guid", Typed.guid(m.guid));
      o.put("WhenChanged", Typed.dateTime(m.whenChanged));
      o.put("WhenCreated", Typed.dateTime(m.whenCreated));
      o.put("WhenChangedUTC", Typed.dateTimeUtc(m.whenChanged));
      o.put("WhenCreatedUTC", Typed.dateTimeUtc(m.whenCreated));
      o.put("IsValid", true);
      out.add(o);
    }
    return limit(ctx, out, 1000);
  }

  // ---- inbox rules -----------------------------------------------------------------------------

  private static CmdletResult getInboxRule(CmdletContext ctx) throws CmdletException {
    Mailbox m = ctx.mailbox("Mailbox");
    List<Map<String, Object>> out = new ArrayList<>();
    if (ctx.params.has("Identity")) {
      out.add(AdminObjects.inboxRule(ctx.tenant, m, rule(ctx, m)));
      return CmdletResult.of(out);
    }
    List<InboxRule> rules = new ArrayList<>(m.inboxRules);
    rules.sort(Comparator.comparingInt(r -> r.priority));
    for (InboxRule r : rules) {
      out.add(AdminObjects.inboxRule(ctx.tenant, m, r));
    }
    return CmdletResult.of(out);
  }

  /** Finds a rule by {@code mailbox\id}, bare id, or name. */
  private static InboxRule rule(CmdletContext ctx, Mailbox m) throws CmdletException {
    String id = ctx.params.requiredString("Identity");
    String key = id.contains("\\") ? id.substring(id.lastIndexOf('\\') + 1) : id;
    for (InboxRule r : m.inboxRules) {
      if (r.ruleIdentity.toString().equals(key.trim()) || r.name.equalsIgnoreCase(key.trim())) {
        return r;
      }
    }
    throw CmdletException.notFound(id);
  }

  private static CmdletResult inboxRuleChange(CmdletContext ctx, String what)
      throws CmdletException {
    Mailbox m = ctx.mailbox("Mailbox");
    InboxRule r = rule(ctx, m);
    switch (what) {
      case "remove" -> m.inboxRules.remove(r);
      case "disable" -> r.enabled = false;
      default -> r.enabled = true;
    }
    m.whenChanged = ctx.now();
    return CmdletResult.empty();
  }

  // ---- transport rules -------------------------------------------------------------------------

  private static CmdletResult getTransportRule(CmdletContext ctx) throws CmdletException {
    List<AdminData.TransportRule> rules = new ArrayList<>(ctx.tenant.admin.transportRules);
    rules.sort(Comparator.comparingInt(r -> r.priority));
    List<Map<String, Object>> out = new ArrayList<>();
    if (ctx.params.has("Identity")) {
      out.add(AdminObjects.transportRule(transportRule(ctx)));
      return CmdletResult.of(out);
    }
    String state =
        ctx.params.has("State")
            ? ctx.params.enumValue(
                "State",
                "Microsoft.Exchange.MessagingPolicies.Rules.RuleState",
                List.of("Enabled", "Disabled"))
            : null;
    for (AdminData.TransportRule r : rules) {
      if (state == null || state.equals(r.enabled ? "Enabled" : "Disabled")) {
        out.add(AdminObjects.transportRule(r));
      }
    }
    return limit(ctx, filter(ctx, out), 1000);
  }

  private static AdminData.TransportRule transportRule(CmdletContext ctx) throws CmdletException {
    String id = ctx.params.requiredString("Identity");
    for (AdminData.TransportRule r : ctx.tenant.admin.transportRules) {
      if (r.name.equalsIgnoreCase(id.trim()) || r.guid.toString().equalsIgnoreCase(id.trim())) {
        return r;
      }
    }
    throw CmdletException.notFound(id);
  }

  private static CmdletResult setTransportRule(CmdletContext ctx, boolean create)
      throws CmdletException {
    Params p = ctx.params;
    List<AdminData.TransportRule> rules = ctx.tenant.admin.transportRules;
    AdminData.TransportRule rule;
    if (create) {
      String name = p.requiredString("Name");
      for (AdminData.TransportRule r : rules) {
        if (r.name.equalsIgnoreCase(name)) {
          throw CmdletException.duplicate(
              "A transport rule with the name '" + name + "' already exists.");
        }
      }
      rule = new AdminData.TransportRule(ctx.tenant.newGuid());
      rule.name = name;
      rule.createdBy = ctx.actor();
      rule.priority = rules.size();
    } else {
      rule = transportRule(ctx);
      if (p.has("Name")) {
        rule.name = p.requiredString("Name");
      }
    }
    if (p.has("Mode")) {
      rule.mode =
          p.enumValue(
              "Mode",
              "Microsoft.Exchange.MessagingPolicies.Rules.RuleMode",
              List.of("Audit", "AuditAndNotify", "Enforce"));
    }
    if (p.has("Comments")) {
      rule.comments = p.string("Comments");
    }
    if (p.has("Enabled")) {
      rule.enabled = Boolean.TRUE.equals(p.bool("Enabled"));
    }
    for (String name : p.names()) {
      if (TransportRuleParameters.META.stream().anyMatch(m -> m.equalsIgnoreCase(name))
          && !name.equalsIgnoreCase("ActivationDate")
          && !name.equalsIgnoreCase("ExpiryDate")) {
        continue;
      }
      if (name.equalsIgnoreCase("Identity")
          || Cmdlet.COMMON.stream().anyMatch(c -> c.equalsIgnoreCase(name))) {
        continue;
      }
      String canonical = canonical(name);
      rule.parameters.remove(canonical);
      if (!p.isNull(name)) {
        Object v = p.raw(name);
        rule.parameters.put(canonical, v instanceof java.math.BigDecimal d ? d.intValue() : v);
      }
    }
    rule.whenChanged = ctx.now();
    if (create) {
      rules.add(rule);
    }
    if (p.has("Priority")) {
      Integer priority = p.integer("Priority");
      rules.remove(rule);
      rules.sort(Comparator.comparingInt(r -> r.priority));
      rules.add(Math.max(0, Math.min(rules.size(), priority)), rule);
      for (int i = 0; i < rules.size(); i++) {
        rules.get(i).priority = i;
      }
    }
    return create
        ? CmdletResult.of(List.of(AdminObjects.transportRule(rule)))
        : CmdletResult.empty();
  }

  private static String canonical(String name) {
    for (String s : TransportRuleParameters.all(false)) {
      if (s.equalsIgnoreCase(name)) {
        return s;
      }
    }
    return name;
  }

  private static CmdletResult transportRuleChange(CmdletContext ctx, String what)
      throws CmdletException {
    AdminData.TransportRule r = transportRule(ctx);
    switch (what) {
      case "remove" -> {
        ctx.tenant.admin.transportRules.remove(r);
        List<AdminData.TransportRule> rules = ctx.tenant.admin.transportRules;
        rules.sort(Comparator.comparingInt(x -> x.priority));
        for (int i = 0; i < rules.size(); i++) {
          rules.get(i).priority = i;
        }
      }
      case "disable" -> r.enabled = false;
      default -> r.enabled = true;
    }
    r.whenChanged = ctx.now();
    return CmdletResult.empty();
  }

  // ---- quarantine ------------------------------------------------------------------------------

  private static final List<String> QUARANTINE_TYPES =
      List.of(
          "Spam",
          "TransportRule",
          "Bulk",
          "Phish",
          "HighConfPhish",
          "Malware",
          "SPOMalware",
          "DataLossPrevention",
          "FileTypeBlock",
          "AdminTriggered",
          "PPI");
  private static final List<String> RELEASE_STATUS =
      List.of(
          "NotReleased",
          "Released",
          "Requested",
          "Approved",
          "Denied",
          "PreparingToRelease",
          "Error");

  private static CmdletResult getQuarantine(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    if (p.has("Identity")) {
      return CmdletResult.of(
          List.of(AdminObjects.quarantine(quarantined(ctx, p.requiredString("Identity")))));
    }
    List<String> types =
        p.enumValues(
            "QuarantineTypes",
            "Microsoft.Exchange.Management.FfoQuarantine.QuarantineMessageTypeEnum",
            QUARANTINE_TYPES);
    String type =
        p.has("Type")
            ? p.enumValue(
                "Type",
                "Microsoft.Exchange.Management.FfoQuarantine.QuarantineMessageTypeEnum",
                QUARANTINE_TYPES)
            : null;
    List<String> release =
        p.enumValues(
            "ReleaseStatus",
            "Microsoft.Exchange.Management.FfoQuarantine.ReleaseStatus",
            RELEASE_STATUS);
    List<String> recipients = lower(p.strings("RecipientAddress"));
    List<String> senders = lower(p.strings("SenderAddress"));
    List<String> domains = lower(p.strings("Domain"));
    String direction =
        p.has("Direction")
            ? p.enumValue(
                "Direction",
                "Microsoft.Exchange.Management.FfoQuarantine.QuarantineMessageDirectionEnum",
                List.of("Inbound", "Outbound"))
            : null;
    String subject = p.string("Subject");
    String messageId = p.string("MessageId");
    String policyName = p.string("PolicyName");
    Instant startReceived = p.date("StartReceivedDate");
    Instant endReceived = p.date("EndReceivedDate");
    Instant startExpires = p.date("StartExpiresDate");
    Instant endExpires = p.date("EndExpiresDate");
    Boolean reported = p.bool("Reported");
    int page = p.has("Page") ? p.integer("Page") : 1;
    int pageSize = p.has("PageSize") ? p.integer("PageSize") : 100;
    if (page < 1 || page > 1000 || pageSize < 1 || pageSize > 1000) {
      throw CmdletException.argument(
          "Page must be between 1 and 1000 and PageSize between 1 and 1000.");
    }
    List<Map<String, Object>> all = new ArrayList<>();
    List<AdminData.QuarantinedMessage> sorted = new ArrayList<>(ctx.tenant.admin.quarantine);
    sorted.sort(
        Comparator.comparing((AdminData.QuarantinedMessage q) -> q.receivedTime).reversed());
    for (AdminData.QuarantinedMessage q : sorted) {
      if (!types.isEmpty() && !types.contains(q.type)) {
        continue;
      }
      if (type != null && !type.equals(q.type)) {
        continue;
      }
      if (!release.isEmpty()
          && release.stream().noneMatch(r -> r.equalsIgnoreCase(q.releaseStatus))) {
        continue;
      }
      if (!recipients.isEmpty()
          && q.recipients.stream()
              .noneMatch(r -> recipients.contains(r.toLowerCase(Locale.ROOT)))) {
        continue;
      }
      if (!senders.isEmpty() && !senders.contains(q.senderAddress.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!domains.isEmpty()
          && domains.stream()
              .noneMatch(
                  d ->
                      q.senderAddress.toLowerCase(Locale.ROOT).endsWith("@" + d)
                          || q.recipients.stream()
                              .anyMatch(r -> r.toLowerCase(Locale.ROOT).endsWith("@" + d)))) {
        continue;
      }
      if (direction != null && !direction.equals(q.direction)) {
        continue;
      }
      if (subject != null
          && (q.subject == null
              || !q.subject.toLowerCase(Locale.ROOT).contains(subject.toLowerCase(Locale.ROOT)))) {
        continue;
      }
      if (messageId != null && !sameMessageId(messageId, q.messageId)) {
        continue;
      }
      if (policyName != null && !policyName.equalsIgnoreCase(q.policyName)) {
        continue;
      }
      if ((startReceived != null && q.receivedTime.isBefore(startReceived))
          || (endReceived != null && q.receivedTime.isAfter(endReceived))) {
        continue;
      }
      if ((startExpires != null && q.expires.isBefore(startExpires))
          || (endExpires != null && q.expires.isAfter(endExpires))) {
        continue;
      }
      if (reported != null && reported != q.reported) {
        continue;
      }
      all.add(AdminObjects.quarantine(q));
    }
    int from = Math.min(all.size(), (page - 1) * pageSize);
    return CmdletResult.of(all.subList(from, Math.min(all.size(), from + pageSize)));
  }

  private static AdminData.QuarantinedMessage quarantined(CmdletContext ctx, String identity)
      throws CmdletException {
    for (AdminData.QuarantinedMessage q : ctx.tenant.admin.quarantine) {
      if (q.identity.equalsIgnoreCase(identity.trim())) {
        return q;
      }
    }
    throw CmdletException.notFound(identity);
  }

  private static List<AdminData.QuarantinedMessage> identities(CmdletContext ctx)
      throws CmdletException {
    List<String> ids = new ArrayList<>(ctx.params.strings("Identities"));
    if (ctx.params.has("Identity")) {
      ids.add(ctx.params.requiredString("Identity"));
    }
    if (ids.isEmpty()) {
      throw CmdletException.argument(
          "Specify the quarantined message with Identity or Identities.");
    }
    List<AdminData.QuarantinedMessage> out = new ArrayList<>();
    for (String id : ids) {
      out.add(quarantined(ctx, id));
    }
    return out;
  }

  private static CmdletResult exportQuarantine(CmdletContext ctx) throws CmdletException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (AdminData.QuarantinedMessage q : identities(ctx)) {
      Map<String, Object> o = new java.util.LinkedHashMap<>();
      o.put("Identity", q.identity);
      o.put("Organization", ctx.tenant.tenantId.toString());
      o.put("BodyEncoding", "Base64");
      o.put("Eml", Base64.getEncoder().encodeToString(q.eml));
      out.add(o);
    }
    return CmdletResult.of(out);
  }

  private static CmdletResult releaseQuarantine(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    String action =
        p.has("ActionType")
            ? p.enumValue(
                "ActionType",
                "Microsoft.Exchange.Management.FfoQuarantine.ReleaseActionType",
                List.of("Release", "Approve", "Deny", "Request"))
            : "Release";
    boolean toAll = p.isSet("ReleaseToAll");
    List<String> users = p.strings("User");
    if (action.equals("Release") || action.equals("Approve")) {
      if (!toAll && users.isEmpty()) {
        throw CmdletException.argument(
            "Specify the recipients to release the message to with User, or use ReleaseToAll.");
      }
    }
    for (AdminData.QuarantinedMessage q : identities(ctx)) {
      switch (action) {
        case "Deny" -> q.releaseStatus = "DENIED";
        case "Request" -> q.releaseStatus = "REQUESTED";
        default -> {
          List<String> targets = toAll ? new ArrayList<>(q.recipients) : users;
          for (String target : targets) {
            if (q.releasedTo.stream().anyMatch(r -> r.equalsIgnoreCase(target))) {
              throw CmdletException.argument(
                  "The message " + q.identity + " has already been released to " + target + ".");
            }
            Mailbox m = ctx.tenant.mailbox(target);
            if (m == null) {
              throw CmdletException.argument(
                  "The recipient "
                      + target
                      + " isn't a recipient of this message in this organization.");
            }
            Item content = new Item(0, null, m);
            MimeImport.apply(q.eml, content, ctx.now());
            ctx.tenant.transport.deliver(m, content, m.inbox(), null, 0);
            q.releasedTo.add(target);
            if (p.isSet("AllowSender")) {
              if (m.junk.trustedSendersAndDomains.stream()
                  .noneMatch(s -> s.equalsIgnoreCase(q.senderAddress))) {
                m.junk.trustedSendersAndDomains.add(q.senderAddress);
              }
            }
          }
          q.releaseStatus = "RELEASED";
          if (!q.releasedBy.contains(ctx.actor())) {
            q.releasedBy.add(ctx.actor());
          }
        }
      }
      if (p.isSet("ReportFalsePositive")) {
        q.reported = true;
      }
    }
    return CmdletResult.empty();
  }

  // ---- Set-Mailbox -----------------------------------------------------------------------------

  private static CmdletResult setMailbox(CmdletContext ctx) throws CmdletException {
    Mailbox m = ctx.mailbox("Identity");
    Params p = ctx.params;
    if (p.has("ForwardingAddress")) {
      if (p.isNull("ForwardingAddress")) {
        m.forwardingAddress = null;
      } else {
        String target = p.requiredString("ForwardingAddress");
        Mailbox f = ctx.tenant.findMailbox(target);
        if (f == null && ctx.tenant.group(target) == null) {
          throw CmdletException.notFound(target);
        }
        m.forwardingAddress = f != null ? f.alias : target;
      }
    }
    if (p.has("ForwardingSmtpAddress")) {
      String v = p.isNull("ForwardingSmtpAddress") ? null : p.string("ForwardingSmtpAddress");
      if (v != null && !v.replaceFirst("(?i)^smtp:", "").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        throw CmdletException.transformation(
            "ForwardingSmtpAddress",
            v,
            "Microsoft.Exchange.Data.ProxyAddress",
            "The address '" + v + "' is invalid.");
      }
      m.forwardingSmtpAddress =
          v == null || v.isBlank() ? null : "smtp:" + v.replaceFirst("(?i)^smtp:", "");
    }
    if (p.has("DeliverToMailboxAndForward")) {
      m.deliverToMailboxAndForward = Boolean.TRUE.equals(p.bool("DeliverToMailboxAndForward"));
    }
    if (p.has("HiddenFromAddressListsEnabled")) {
      m.hiddenFromAddressLists = Boolean.TRUE.equals(p.bool("HiddenFromAddressListsEnabled"));
    }
    if (p.has("LitigationHoldEnabled")) {
      m.litigationHoldEnabled = Boolean.TRUE.equals(p.bool("LitigationHoldEnabled"));
    }
    if (p.has("AuditBypassEnabled")) {
      m.auditBypassEnabled = Boolean.TRUE.equals(p.bool("AuditBypassEnabled"));
    }
    m.whenChanged = ctx.now();
    return CmdletResult.empty();
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

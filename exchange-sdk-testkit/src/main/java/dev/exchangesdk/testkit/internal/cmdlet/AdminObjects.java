package dev.exchangesdk.testkit.internal.cmdlet;

import dev.exchangesdk.testkit.internal.store.AdminData;
import dev.exchangesdk.testkit.internal.store.DistributionGroup;
import dev.exchangesdk.testkit.internal.store.InboxRule;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Permission;
import dev.exchangesdk.testkit.internal.store.Tenant;
import dev.exchangesdk.testkit.model.MessageTraceRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the output objects of the admin cmdlets from the store, with the property names, value
 * formats ({@code "99 GB (106,300,440,576 bytes)"}, {@code "Unlimited"}, date-times with seven
 * fractional digits) and annotations of the real service.
 *
 * <p>Stateless and thread-safe; called under the tenant lock.
 */
final class AdminObjects {
  private AdminObjects() {}

  private static String dn(Tenant t, String name) {
    return "CN="
        + name
        + ",OU="
        + t.domain
        + ",OU=Microsoft Exchange Hosted Organizations,DC=NAMPR11A001,DC=PROD,DC=OUTLOOK,DC=COM";
  }

  private static void common(
      Map<String, Object> o,
      Tenant t,
      String name,
      UUID guid,
      UUID objectId,
      Instant created,
      Instant changed) {
    o.put("Identity", name);
    o.put("Id", name);
    o.put("IsValid", true);
    o.put("ExchangeVersion", "0.20 (15.0.0.0)");
    o.put("Name", name);
    o.put("DistinguishedName", dn(t, name));
    o.put(
        "OrganizationId",
        "NAMPR11A001.PROD.OUTLOOK.COM/Microsoft Exchange Hosted Organizations/"
            + t.domain
            + " - NAMPR11A001.PROD.OUTLOOK.COM/ConfigurationUnits/"
            + t.domain
            + "/Configuration");
    o.put("WhenChanged", Typed.dateTime(changed));
    o.put("WhenCreated", Typed.dateTime(created));
    o.put("WhenChangedUTC", Typed.dateTimeUtc(changed));
    o.put("WhenCreatedUTC", Typed.dateTimeUtc(created));
    o.put("ExchangeObjectId", Typed.guid(objectId));
    o.put("Guid", Typed.guid(guid));
  }

  static Map<String, Object> mailbox(Tenant t, Mailbox m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put(
        "Database",
        "NAMPR11DG001-db" + String.format(Locale.ROOT, "%03d", Math.abs(m.guid.hashCode()) % 400));
    o.put(
        "DatabaseGuid",
        Typed.guid(
            new UUID(m.guid.getLeastSignificantBits(), t.tenantId.getMostSignificantBits())));
    o.put("MailboxRegion", null);
    o.put("DeliverToMailboxAndForward", m.deliverToMailboxAndForward);
    o.put("ForwardingAddress", m.forwardingAddress);
    o.put("ForwardingSmtpAddress", m.forwardingSmtpAddress);
    o.put("LitigationHoldEnabled", m.litigationHoldEnabled);
    o.put("SingleItemRecoveryEnabled", true);
    o.put("RetentionHoldEnabled", false);
    o.put("PitrCopyIntervalInSeconds", Typed.int16(0));
    o.put("LitigationHoldDuration", "Unlimited");
    o.put("RetainDeletedItemsFor", "14.00:00:00");
    o.put("IsMailboxEnabled", true);
    o.put("Languages", List.of("en-US"));
    o.put("ProhibitSendQuota", "99 GB (106,300,440,576 bytes)");
    o.put("ProhibitSendReceiveQuota", "100 GB (107,374,182,400 bytes)");
    o.put("RecoverableItemsQuota", "30 GB (32,212,254,720 bytes)");
    o.put("IssueWarningQuota", "98 GB (105,226,698,752 bytes)");
    o.put("IsResource", false);
    o.put("IsLinked", false);
    o.put("IsShared", "SharedMailbox".equals(m.recipientTypeDetails));
    o.put(
        "ServerLegacyDN",
        "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=PH0PR11MB4966");
    o.put("UserPrincipalName", m.primarySmtpAddress);
    o.put("Office", m.office);
    o.put("AuditEnabled", true);
    o.put("AuditLogAgeLimit", "90.00:00:00");
    o.put(
        "AuditAdmin",
        List.of(
            "Update",
            "MoveToDeletedItems",
            "SoftDelete",
            "HardDelete",
            "SendAs",
            "SendOnBehalf",
            "Create",
            "UpdateFolderPermissions",
            "UpdateInboxRules",
            "UpdateCalendarDelegation",
            "ApplyRecord",
            "MailItemsAccessed",
            "Send"));
    o.put(
        "AuditDelegate",
        List.of(
            "Update",
            "MoveToDeletedItems",
            "SoftDelete",
            "HardDelete",
            "SendAs",
            "SendOnBehalf",
            "Create",
            "UpdateFolderPermissions",
            "UpdateInboxRules",
            "ApplyRecord",
            "MailItemsAccessed"));
    o.put(
        "AuditOwner",
        List.of(
            "Update",
            "MoveToDeletedItems",
            "SoftDelete",
            "HardDelete",
            "UpdateFolderPermissions",
            "UpdateInboxRules",
            "UpdateCalendarDelegation",
            "ApplyRecord",
            "MailItemsAccessed",
            "Send"));
    o.put("AuditBypassEnabled", m.auditBypassEnabled);
    o.put("WhenMailboxCreated", Typed.dateTime(m.whenCreated));
    o.put("UsageLocation", "United States");
    o.put("ArchiveStatus", "None");
    o.put("ArchiveGuid", Typed.guid(new UUID(0, 0)));
    o.put("MaxSendSize", "35 MB (36,700,160 bytes)");
    o.put("MaxReceiveSize", "36 MB (37,748,736 bytes)");
    o.put("RecipientSoftDeletedStatus", Typed.int32(0));
    o.put("ExchangeGuid", Typed.guid(m.guid));
    o.put("ExchangeSecurityDescriptor", "System.Security.AccessControl.RawSecurityDescriptor");
    o.put("Alias", m.alias);
    o.put("DisplayName", m.displayName);
    o.put("EmailAddresses", m.emailAddresses);
    o.put("GrantSendOnBehalfTo", List.of());
    o.put("HiddenFromAddressListsEnabled", m.hiddenFromAddressLists);
    o.put("LegacyExchangeDN", m.legacyExchangeDn());
    o.put("ExternalDirectoryObjectId", m.externalDirectoryObjectId.toString());
    o.put("PrimarySmtpAddress", m.primarySmtpAddress);
    o.put("RecipientType", "UserMailbox");
    o.put("RecipientTypeDetails", m.recipientTypeDetails);
    o.put("WindowsEmailAddress", m.primarySmtpAddress);
    o.put("OrganizationalUnit", t.domain);
    o.put("ObjectCategory", "NAMPR11A001.PROD.OUTLOOK.COM/Configuration/Schema/Person");
    o.put("ObjectClass", List.of("top", "person", "organizationalPerson", "user"));
    common(o, t, m.alias, m.guid, m.exchangeObjectId, m.whenCreated, m.whenChanged);
    return o;
  }

  static Map<String, Object> casMailbox(Tenant t, Mailbox m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("ExternalDirectoryObjectId", m.externalDirectoryObjectId.toString());
    o.put("PrimarySmtpAddress", m.primarySmtpAddress);
    o.put("DisplayName", m.displayName);
    o.put(
        "ServerLegacyDN",
        "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=PH0PR11MB4966");
    o.put("EmailAddresses", m.emailAddresses);
    o.put("LegacyExchangeDN", m.legacyExchangeDn());
    o.put("ActiveSyncEnabled", m.activeSyncEnabled);
    o.put("ECPEnabled", true);
    o.put("EwsEnabled", m.ewsEnabled);
    o.put("EwsAllowOutlook", null);
    o.put("EwsAllowMacOutlook", null);
    o.put("EwsApplicationAccessPolicy", null);
    o.put("EwsAllowList", null);
    o.put("EwsBlockList", null);
    o.put("ImapEnabled", m.imapEnabled);
    o.put("MAPIEnabled", m.mapiEnabled);
    o.put("OWAEnabled", m.owaEnabled);
    o.put("OWAforDevicesEnabled", true);
    o.put("PopEnabled", m.popEnabled);
    o.put("SmtpClientAuthenticationDisabled", null);
    o.put("UniversalOutlookEnabled", true);
    o.put("OutlookMobileEnabled", true);
    o.put("MacOutlookEnabled", true);
    common(o, t, m.alias, m.guid, m.exchangeObjectId, m.whenCreated, m.whenChanged);
    return o;
  }

  static Map<String, Object> recipient(Tenant t, Mailbox m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("ExternalDirectoryObjectId", m.externalDirectoryObjectId.toString());
    o.put("Alias", m.alias);
    o.put("EmailAddresses", m.emailAddresses);
    o.put("DisplayName", m.displayName);
    o.put("FirstName", m.firstName);
    o.put("LastName", m.lastName);
    o.put("City", m.city);
    o.put("Company", null);
    o.put("CountryOrRegion", m.countryOrRegion);
    o.put("Department", m.department);
    o.put("HiddenFromAddressListsEnabled", m.hiddenFromAddressLists);
    o.put("Office", m.office);
    o.put("Phone", m.phone);
    o.put("PrimarySmtpAddress", m.primarySmtpAddress);
    o.put("RecipientType", "UserMailbox");
    o.put("RecipientTypeDetails", m.recipientTypeDetails);
    o.put("Title", m.title);
    o.put("WindowsLiveID", m.primarySmtpAddress);
    o.put("ExchangeGuid", m.guid.toString());
    o.put("ArchiveStatus", "None");
    o.put("WhenMailboxCreated", Typed.dateTime(m.whenCreated));
    common(o, t, m.alias, m.guid, m.exchangeObjectId, m.whenCreated, m.whenChanged);
    return o;
  }

  static Map<String, Object> recipient(Tenant t, DistributionGroup g) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("ExternalDirectoryObjectId", g.guid.toString());
    o.put("Alias", g.alias);
    o.put("EmailAddresses", List.of("SMTP:" + g.primarySmtpAddress));
    o.put("DisplayName", g.displayName);
    o.put("HiddenFromAddressListsEnabled", false);
    o.put("PrimarySmtpAddress", g.primarySmtpAddress);
    o.put("RecipientType", "MailUniversalDistributionGroup");
    o.put("RecipientTypeDetails", "MailUniversalDistributionGroup");
    o.put("ManagedBy", List.of());
    common(
        o,
        t,
        g.alias,
        g.guid,
        g.guid,
        Instant.EPOCH.plusSeconds(1_640_995_200L),
        Instant.EPOCH.plusSeconds(1_640_995_200L));
    return o;
  }

  static Map<String, Object> user(Tenant t, Mailbox m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("ExternalDirectoryObjectId", m.externalDirectoryObjectId.toString());
    o.put("UserPrincipalName", m.primarySmtpAddress);
    o.put("DisplayName", m.displayName);
    o.put("FirstName", m.firstName);
    o.put("LastName", m.lastName);
    o.put("Title", m.title);
    o.put("Department", m.department);
    o.put("Manager", null);
    o.put("Phone", m.phone);
    o.put("City", m.city);
    o.put("Office", m.office);
    o.put("CountryOrRegion", m.countryOrRegion);
    o.put("AccountDisabled", "SharedMailbox".equals(m.recipientTypeDetails));
    o.put("IsDirSynced", false);
    o.put("RecipientType", "UserMailbox");
    o.put("RecipientTypeDetails", m.recipientTypeDetails);
    o.put("WindowsEmailAddress", m.primarySmtpAddress);
    o.put("MicrosoftOnlineServicesID", m.primarySmtpAddress);
    o.put("StsRefreshTokensValidFrom", Typed.dateTime(m.whenCreated));
    o.put("SKUAssigned", !"SharedMailbox".equals(m.recipientTypeDetails));
    o.put("Sid", m.sid());
    common(o, t, m.alias, m.guid, m.exchangeObjectId, m.whenCreated, m.whenChanged);
    return o;
  }

  /** The access entries of Get-MailboxPermission, the implicit SELF entry first. */
  static List<Map<String, Object>> mailboxPermissions(Mailbox m) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(
        permission(
            m.alias,
            "NT AUTHORITY\\SELF",
            List.of("FullAccess", "ReadPermission"),
            false,
            false,
            "All"));
    for (Permission p : m.mailboxPermissions) {
      out.add(
          permission(
              m.alias, p.user(), p.accessRights(), p.deny(), p.inherited(), p.inheritance()));
    }
    return out;
  }

  private static Map<String, Object> permission(
      String identity,
      String user,
      List<String> rights,
      boolean deny,
      boolean inherited,
      String inheritance) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("AccessRights", rights);
    o.put("Deny", deny);
    o.put("InheritanceType", inheritance == null ? "All" : inheritance);
    o.put("User", user);
    o.put("UserSid", null);
    o.put("Identity", identity);
    o.put("IsInherited", inherited);
    o.put("IsValid", true);
    o.put("ObjectState", "Unchanged");
    return o;
  }

  static List<Map<String, Object>> recipientPermissions(Mailbox m) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(recipientPermission(m.alias, "NT AUTHORITY\\SELF"));
    for (Permission p : m.recipientPermissions) {
      Map<String, Object> o = recipientPermission(m.alias, p.user());
      o.put("AccessControlType", p.deny() ? "Deny" : "Allow");
      o.put("AccessRights", p.accessRights());
      out.add(o);
    }
    return out;
  }

  private static Map<String, Object> recipientPermission(String identity, String trustee) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("Identity", identity);
    o.put("Trustee", trustee);
    o.put("AccessControlType", "Allow");
    o.put("AccessRights", List.of("SendAs"));
    o.put("IsInherited", false);
    o.put("InheritanceType", "None");
    o.put("TrusteeSidString", null);
    o.put("IsValid", true);
    return o;
  }

  static Map<String, Object> junk(Mailbox m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("Enabled", m.junk.enabled);
    o.put("TrustedListsOnly", m.junk.trustedListsOnly);
    o.put("ContactsTrusted", m.junk.contactsTrusted);
    o.put("TrustedSendersAndDomains", new ArrayList<>(m.junk.trustedSendersAndDomains));
    o.put("BlockedSendersAndDomains", new ArrayList<>(m.junk.blockedSendersAndDomains));
    o.put("TrustedRecipientsAndDomains", new ArrayList<>(m.junk.trustedRecipientsAndDomains));
    o.put("Email", m.primarySmtpAddress);
    o.put("MailboxOwnerId", m.alias);
    o.put("Identity", m.alias);
    o.put("IsValid", true);
    o.put("ObjectState", "Unchanged");
    return o;
  }

  static Map<String, Object> inboxRule(Tenant t, Mailbox m, InboxRule r) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("Name", r.name);
    o.put("Identity", m.alias + "\\" + r.ruleIdentity);
    o.put("RuleIdentity", Typed.uint64(r.ruleIdentity));
    o.put("Enabled", r.enabled);
    o.put("Priority", r.priority);
    o.put("Description", r.description());
    o.put("StopProcessingRules", r.stopProcessingRules);
    o.put("From", recipients(t, r.from));
    o.put("SentTo", recipients(t, r.sentTo));
    o.put("SubjectContainsWords", r.subjectContainsWords.isEmpty() ? null : r.subjectContainsWords);
    o.put("BodyContainsWords", r.bodyContainsWords.isEmpty() ? null : r.bodyContainsWords);
    o.put("ForwardTo", recipients(t, r.forwardTo));
    o.put("ForwardAsAttachmentTo", recipients(t, r.forwardAsAttachmentTo));
    o.put("RedirectTo", recipients(t, r.redirectTo));
    o.put("DeleteMessage", r.deleteMessage);
    o.put("MarkAsRead", r.markAsRead);
    o.put(
        "MoveToFolder",
        r.moveToFolder == null ? null : m.alias + ":\\" + r.moveToFolder.replace('/', '\\'));
    o.put("MailboxOwnerId", m.alias);
    o.put("InError", false);
    o.put("ErrorType", "None");
    o.put("SupportedByTask", true);
    o.put("IsValid", true);
    o.put("ObjectState", "Unchanged");
    return o;
  }

  private static List<String> recipients(Tenant t, List<String> addresses) {
    if (addresses.isEmpty()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String a : addresses) {
      Mailbox m = t.mailbox(a);
      String name = m != null ? m.displayName : a;
      out.add("\"" + name + "\" [SMTP:" + a + "]");
    }
    return out;
  }

  static Map<String, Object> transportRule(AdminData.TransportRule r) {
    Map<String, Object> o = new LinkedHashMap<>();
    List<String> conditions = new ArrayList<>();
    List<String> exceptions = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    for (String k : r.parameters.keySet()) {
      String kind = TransportRuleParameters.kind(k);
      String predicate =
          "Microsoft.Exchange.MessagingPolicies.Rules.Tasks."
              + TransportRuleParameters.className(k);
      switch (kind) {
        case "condition" -> conditions.add(predicate);
        case "exception" -> exceptions.add(predicate);
        case "action" -> actions.add(predicate);
        default -> {}
      }
    }
    o.put("Priority", r.priority);
    o.put("DlpPolicy", null);
    o.put("Comments", r.comments);
    o.put("ManuallyModified", false);
    o.put("ActivationDate", r.parameters.get("ActivationDate"));
    o.put("ExpiryDate", r.parameters.get("ExpiryDate"));
    o.put("Description", TransportRuleParameters.describe(r));
    o.put("RuleVersion", "15.0.5.2");
    o.put("Conditions", conditions.isEmpty() ? null : conditions);
    o.put("Exceptions", exceptions.isEmpty() ? null : exceptions);
    o.put("Actions", actions.isEmpty() ? null : actions);
    o.put("State", r.enabled ? "Enabled" : "Disabled");
    o.put("Mode", r.mode);
    o.put("RuleErrorAction", "Ignore");
    o.put("SenderAddressLocation", "Header");
    o.put("RouteMessageOutboundConnector", null);
    o.put("Quarantine", Boolean.TRUE.equals(r.parameters.get("Quarantine")));
    o.put("CreatedBy", r.createdBy);
    o.put("LastModifiedBy", r.createdBy);
    o.put("ImmutableId", Typed.guid(r.guid));
    o.put("Size", TransportRuleParameters.size(r));
    for (Map.Entry<String, Object> e : r.parameters.entrySet()) {
      if (!o.containsKey(e.getKey())) {
        o.put(e.getKey(), e.getValue());
      }
    }
    o.put("Identity", r.name);
    o.put("Name", r.name);
    o.put("Guid", Typed.guid(r.guid));
    o.put("WhenChanged", Typed.dateTime(r.whenChanged));
    o.put("IsValid", true);
    return o;
  }

  static Map<String, Object> allowBlockEntry(
      AdminData.AllowBlockEntry e, String objectState, String error) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("Action", e.action);
    o.put("EntryValueHash", e.entryValueHash);
    o.put("Error", error);
    o.put("ExpirationDate", e.expirationDate == null ? null : Typed.dateTime(e.expirationDate));
    o.put("Identity", e.identity);
    o.put("LastModifiedDateTime", Typed.dateTime(e.lastModified));
    o.put("ListSubType", e.listSubType);
    o.put("ModifiedBy", e.modifiedBy);
    o.put("Notes", e.notes);
    o.put("ObjectState", objectState);
    o.put("SubmissionID", e.submissionId);
    o.put("SysManaged", e.sysManaged);
    o.put("Value", e.value);
    return o;
  }

  static Map<String, Object> quarantine(AdminData.QuarantinedMessage q) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("Identity", q.identity);
    o.put("ReceivedTime", Typed.dateTime(q.receivedTime));
    o.put("Organization", null);
    o.put("MessageId", q.messageId);
    o.put("SenderAddress", q.senderAddress);
    o.put("RecipientAddress", new ArrayList<>(q.recipients));
    o.put("Subject", q.subject);
    o.put("Size", q.eml == null ? 0 : q.eml.length);
    o.put("Type", q.type);
    o.put("PolicyType", q.policyType);
    o.put("PolicyName", q.policyName);
    o.put("TagName", q.tagName);
    o.put("PermissionToBlockSender", false);
    o.put("PermissionToDelete", true);
    o.put("PermissionToPreview", true);
    o.put("PermissionToRelease", true);
    o.put("PermissionToRequestRelease", false);
    o.put("PermissionToViewHeader", false);
    o.put("PermissionToDownload", true);
    o.put("PermissionToAllowSender", true);
    o.put("Released", "RELEASED".equals(q.releaseStatus));
    o.put("ReleaseStatus", q.releaseStatus);
    o.put("SystemReleased", q.systemReleased);
    o.put("RecipientCount", q.recipients.size());
    o.put("QuarantineTypes", q.type);
    o.put("Expires", Typed.dateTime(q.expires));
    o.put("RecipientTag", List.of());
    o.put("DeletedForRecipients", List.of());
    o.put("QuarantinedUser", List.of());
    o.put("ReleasedUser", new ArrayList<>(q.releasedTo));
    o.put("Reported", q.reported);
    o.put("Direction", q.direction);
    o.put("CustomData", null);
    o.put("EntityType", "Email");
    o.put("SourceId", null);
    o.put("TeamsConversationType", null);
    o.put("ApprovalUPN", null);
    o.put("ApprovalId", null);
    o.put("MoveToQuarantineAdminActionTakenBy", null);
    o.put("MoveToQuarantineApprovalId", null);
    o.put("OverrideReasonIntValue", 0);
    o.put("OverrideReason", "None");
    o.put("ReleasedCount", q.releasedTo.size());
    o.put("ReleasedBy", new ArrayList<>(q.releasedBy));
    return o;
  }

  static Map<String, Object> remoteDomain(AdminData.RemoteDomain d) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("DomainName", d.domainName);
    o.put("IsInternal", d.isInternal);
    o.put("TargetDeliveryDomain", d.targetDeliveryDomain != null);
    o.put("ByteEncoderTypeFor7BitCharsets", "Undefined");
    o.put("CharacterSet", d.characterSet == null ? "iso-8859-1" : d.characterSet);
    o.put("NonMimeCharacterSet", "iso-8859-1");
    o.put("AllowedOOFType", d.allowedOofType);
    o.put("AutoReplyEnabled", d.autoReplyEnabled);
    o.put("AutoForwardEnabled", d.autoForwardEnabled);
    o.put("DeliveryReportEnabled", d.deliveryReportEnabled);
    o.put("NDREnabled", d.ndrEnabled);
    o.put("MeetingForwardNotificationEnabled", false);
    o.put("ContentType", d.contentType);
    o.put("DisplaySenderName", true);
    o.put("TNEFEnabled", d.tnefEnabled);
    o.put("TrustedMailOutboundEnabled", d.trustedMailOutboundEnabled);
    o.put("TrustedMailInboundEnabled", d.trustedMailInboundEnabled);
    o.put("UseSimpleDisplayName", false);
    o.put("NDRDiagnosticInfoEnabled", true);
    o.put("MessageCountThreshold", 2147483647);
    o.put("Identity", d.identity);
    o.put("Name", d.identity);
    o.put("IsValid", true);
    return o;
  }

  static Map<String, Object> messageTrace(MessageTraceRecord e) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("MessageId", e.messageId());
    o.put("Received", Typed.dateTime(e.received()));
    o.put("SenderAddress", e.senderAddress());
    o.put("RecipientAddress", e.recipientAddress());
    o.put("Subject", e.subject());
    o.put("Status", e.status());
    o.put("ToIP", e.toIp());
    o.put("FromIP", e.fromIp());
    o.put("Size", Typed.int32(e.size()));
    o.put("MessageTraceId", Typed.guid(e.messageTraceId()));
    return o;
  }

  static Map<String, Object> messageTraceDetail(MessageTraceRecord r, TraceEvents.TraceEvent e) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("MessageId", r.messageId());
    o.put("Date", Typed.dateTime(e.date()));
    o.put("Event", e.event());
    o.put("Action", e.action());
    o.put("Detail", e.detail());
    o.put("Data", e.data());
    o.put("MessageTraceId", Typed.guid(r.messageTraceId()));
    return o;
  }

  /** A .NET X509Certificate2 as the admin API serialises it, trimmed to the useful fields. */
  static Map<String, Object> certificate(
      String subject, String thumbprint, Instant notBefore, Instant notAfter) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("Archived", false);
    o.put("Extensions", List.of());
    o.put("FriendlyName", "");
    o.put("HasPrivateKey", false);
    o.put("Issuer", subject);
    o.put("NotAfter", Typed.format(notAfter));
    o.put("NotBefore", Typed.format(notBefore));
    o.put("SerialNumber", thumbprint.substring(0, 32));
    o.put(
        "SignatureAlgorithm",
        Map.of("FriendlyName", "sha256RSA", "Value", "1.2.840.113549.1.1.11"));
    o.put("Subject", subject);
    o.put("Thumbprint", thumbprint);
    o.put("Version", 3);
    return o;
  }
}

package dev.exchangesdk.admin.internal;

import dev.exchangesdk.admin.model.InboxRule;
import dev.exchangesdk.admin.model.TransportRule;
import dev.exchangesdk.core.internal.cmdlet.CmdletObject;

/** Builds the inbox rule and transport rule records from cmdlet output. */
public final class RuleMappers {
  private RuleMappers() {}

  public static InboxRule inboxRule(CmdletObject o) {
    return new InboxRule(
        o.string("Identity"),
        o.bigInteger("RuleIdentity"),
        o.string("Name"),
        o.bool("Enabled"),
        o.intValue("Priority"),
        o.string("Description"),
        o.bool("StopProcessingRules"),
        o.bool("IsValid"),
        o.strings("From"),
        o.strings("SentTo"),
        o.strings("ForwardTo"),
        o.strings("ForwardAsAttachmentTo"),
        o.strings("RedirectTo"),
        o.bool("DeleteMessage"),
        o.string("MoveToFolder"),
        o.string("MailboxOwnerId"),
        o.asMap());
  }

  public static TransportRule transportRule(CmdletObject o) {
    return new TransportRule(
        o.string("Identity"),
        o.string("Name"),
        o.string("Guid"),
        o.string("ImmutableId"),
        o.string("State"),
        o.string("Mode"),
        o.intValue("Priority"),
        o.string("Description"),
        o.string("Comments"),
        o.string("CreatedBy"),
        o.instant("ExpiryDate"),
        o.bool("Quarantine"),
        o.longValue("Size"),
        o.strings("Conditions"),
        o.strings("Exceptions"),
        o.strings("Actions"),
        o.string("RouteMessageOutboundConnector"),
        DirectoryMappers.when(o, "WhenChangedUTC", "WhenChanged"),
        o.asMap());
  }
}

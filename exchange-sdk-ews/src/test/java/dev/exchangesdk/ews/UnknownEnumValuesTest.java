package dev.exchangesdk.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.exchangesdk.ews.model.DistributionGroup;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.NameResolution;
import dev.exchangesdk.ews.model.OutOfOfficeSettings;
import dev.exchangesdk.ews.model.Recipient;
import dev.exchangesdk.ews.model.RecipientType;
import dev.exchangesdk.ews.model.WellKnownFolder;
import dev.exchangesdk.ews.testing.EwsServer;
import dev.exchangesdk.ews.testing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Enumeration values newer than this SDK (a later schema, or a server that invents one) are read as
 * documented, {@code null} or {@link RecipientType#UNKNOWN}, and never fail the response or lose
 * the rest of it. Each payload is a documented or recorded one with a single value replaced, and
 * the replacement is checked to have happened so the test cannot pass on the original.
 */
class UnknownEnumValuesTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  private static String replaced(String fixture, String from, String to) {
    String original = Fixtures.ews(fixture);
    assertThat(original).as(fixture).contains(from);
    return original.replace(from, to);
  }

  @Test
  void anUnknownImportanceIsNullAndTheItemIsKept() {
    ews.respond(
        replaced(
            "recorded/FindItemRequest1ItemViewResponse.xml",
            "<t:Importance>Normal</t:Importance>",
            "<t:Importance>Urgent</t:Importance>"));
    ews.respond(
        replaced(
            "recorded/LoadTaskItemWithCustomRecurranceRequestResponse.xml",
            "<t:Importance>High</t:Importance>",
            "<t:Importance>Critical</t:Importance>"));

    MailItem listed =
        mailbox()
            .findItems(FolderRef.wellKnown(WellKnownFolder.INBOX), ItemQuery.all())
            .iterator()
            .next();
    MailItem got = mailbox().getItem("task");

    assertThat(listed.importance()).isNull();
    assertThat(listed.subject()).isEqualTo("All sender recipienttype");
    assertThat(listed.size()).isEqualTo(13920L);
    assertThat(listed.read()).isFalse();
    assertThat(got.importance()).isNull();
    assertThat(got.subject()).isEqualTo("testRecurrance");
    assertThat(got.htmlBody()).contains("test data");
  }

  @Test
  void anUnknownMailboxTypeIsUnknownAndTheEntryIsKept() {
    ews.respond(
        replaced(
            "examples/ResolveNames-response.xml",
            "<t:MailboxType>Mailbox</t:MailboxType>",
            "<t:MailboxType>LinkedMailbox</t:MailboxType>"));
    ews.respond(
        replaced(
                "examples/ExpandDL-response.xml",
                "<t:MailboxType>Mailbox</t:MailboxType>",
                "<t:MailboxType>RoomList</t:MailboxType>")
            .replaceFirst(
                "<t:MailboxType>RoomList</t:MailboxType>",
                "<t:MailboxType>Mailbox</t:MailboxType>"));

    NameResolution resolved = mailbox().resolveNames("User2", true);
    DistributionGroup group = mailbox().expandGroup("group@exampledomain.com", true);

    Recipient r = resolved.matches().get(0).recipient();
    assertThat(r)
        .isEqualTo(
            new Recipient("User2", "User2@example.com", "SMTP", RecipientType.UNKNOWN, null));
    assertThat(r.type().isGroup()).isFalse();
    assertThat(resolved.matches().get(0).contact().displayName()).isEqualTo("User2");
    assertThat(group.members())
        .extracting(Recipient::address, Recipient::type)
        .containsExactly(
            tuple("dpark@exampledomain.com", RecipientType.MAILBOX),
            tuple("jprice@exampledomain.com", RecipientType.UNKNOWN),
            tuple("tplate@exampledomain.com", RecipientType.UNKNOWN));
    // An entry of unknown type is not a group, so the recursive expansion asks for nothing more.
    assertThat(group.nestedGroups()).isEmpty();
    assertThat(ews.requestCount()).isEqualTo(2);
  }

  @Test
  void anUnknownOutOfOfficeStateAndAudienceAreNullAndTheRepliesAreKept() {
    ews.respond(
        replaced(
                "examples/GetUserOofSettings-response.xml",
                "<OofState>Disabled</OofState>",
                "<OofState>Paused</OofState>")
            .replace(
                "<ExternalAudience>All</ExternalAudience>",
                "<ExternalAudience>Partners</ExternalAudience>"));

    OutOfOfficeSettings oof = mailbox().getOutOfOffice();

    assertThat(oof.state()).isNull();
    assertThat(oof.externalAudience()).isNull();
    assertThat(oof.allowedExternalAudience()).isEqualTo(OutOfOfficeSettings.Audience.ALL);
    assertThat(oof.internalReply()).isEqualTo("I am out of office. This is my internal reply.");
    assertThat(oof.start()).isEqualTo(Instant.parse("2006-11-03T23:00:00Z"));
    // A state this SDK does not know is not taken as replies being sent.
    assertThat(oof.activeAt(Instant.parse("2006-11-04T00:00:00Z"))).isFalse();
  }
}

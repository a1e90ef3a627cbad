package dev.exchangesdk.admin;

import static dev.exchangesdk.admin.AdminTestServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.BulkUpdateOptions;
import dev.exchangesdk.admin.model.BulkUpdateReport;
import dev.exchangesdk.admin.model.JunkEmailChanges;
import dev.exchangesdk.admin.model.JunkEmailConfiguration;
import dev.exchangesdk.admin.model.MailboxUpdateOutcome;
import dev.exchangesdk.admin.model.MailboxUpdateOutcome.Status;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JunkEmailTest {
  private final AdminTestServer t = new AdminTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void readsAMailboxJunkRuleRoutedByItsAddress() {
    t.enqueue(
        ok(
            "{\"Identity\":\"ann\",\"MailboxOwnerId\":\"ann\",\"Enabled\":true,"
                + "\"TrustedListsOnly\":false,\"ContactsTrusted\":true,"
                + "\"TrustedSendersAndDomains\":[\"partner.example\"],"
                + "\"TrustedRecipientsAndDomains\":[],"
                + "\"BlockedSendersAndDomains\":[\"spam.example\",\"junk.example\"]}"));

    JunkEmailConfiguration c = t.client.junkEmail().get("ann@contoso.com");

    var r = t.take();
    assertThat(AdminTestServer.parameters(r, "Get-MailboxJunkEmailConfiguration"))
        .isEqualTo("{\"Identity\":\"ann@contoso.com\"}");
    assertThat(r.getHeaders().get("X-AnchorMailbox")).isEqualTo("SMTP:ann@contoso.com");
    assertThat(r.getHeaders().get("parameter-based-routing")).isEqualTo("true");
    assertThat(c.enabled()).isTrue();
    assertThat(c.contactsTrusted()).isTrue();
    assertThat(c.blockedSendersAndDomains()).containsExactly("spam.example", "junk.example");
    assertThat(c.trustedRecipientsAndDomains()).isEmpty();
  }

  @Test
  void sendsOnlyTheChangesAsAddRemoveHashTables() {
    t.enqueue(
        "{\"@adminapi.warnings\":[\"The command completed successfully but no settings of"
            + " 'ann' have been modified.\"],\"value\":[]}");

    AdminResult<Void> r =
        t.client
            .junkEmail()
            .update(
                "ann@contoso.com",
                JunkEmailChanges.builder()
                    .blockSenders("spam.example")
                    .untrustSenders("old.example")
                    .trustedListsOnly(false)
                    .build());

    assertThat(t.nextParameters("Set-MailboxJunkEmailConfiguration"))
        .isEqualTo(
            "{\"Identity\":\"ann@contoso.com\",\"BlockedSendersAndDomains\":"
                + "{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Add\":[\"spam.example\"]},"
                + "\"TrustedSendersAndDomains\":{\"@odata.type\":\"#Exchange.GenericHashTable\","
                + "\"Remove\":[\"old.example\"]},\"TrustedListsOnly\":false,\"Confirm\":false}");
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.cmdlet()).isEqualTo("Set-MailboxJunkEmailConfiguration");
              assertThat(w.message()).contains("no settings of 'ann' have been modified");
            });
    assertThat(t.warnings).hasSize(1);
  }

  @Test
  void refusesAnEmptyChangeSet() {
    assertThatThrownBy(() -> JunkEmailChanges.builder().build())
        .isInstanceOf(InvalidRequestException.class);
  }

  /**
   * Plays a tenant of {@code count} user mailboxes served in pages of 4, answering each
   * Set-MailboxJunkEmailConfiguration by its Identity: {@code fail} mailboxes get a 404, {@code
   * warn} ones a warning.
   */
  private static final class Tenant extends Dispatcher {
    final int count;
    final Set<String> fail;
    final Set<String> warn;
    final Set<String> updated = ConcurrentHashMap.newKeySet();
    final List<String> listings = new CopyOnWriteArrayList<>();
    final List<RecordedRequest> sets = new CopyOnWriteArrayList<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile boolean breakSecondPage;

    Tenant(int count, Set<String> fail, Set<String> warn) {
      this.count = count;
      this.fail = fail;
      this.warn = warn;
    }

    static String address(int i) {
      return "user" + i + "@contoso.com";
    }

    @Override
    public MockResponse dispatch(RecordedRequest r) {
      String body = r.getBody().utf8();
      if (body.contains("\"Get-Mailbox\"")) {
        listings.add(body + " " + r.getTarget());
        String skip = r.getUrl().queryParameter("skip");
        int from = skip == null ? 0 : Integer.parseInt(skip);
        if (from > 0 && breakSecondPage) {
          return AdminTestServer.json(503, "");
        }
        List<String> objects = new ArrayList<>();
        for (int i = from; i < Math.min(count, from + 4); i++) {
          objects.add(
              "{\"ExternalDirectoryObjectId\":\"oid-"
                  + i
                  + "\",\"PrimarySmtpAddress\":\""
                  + address(i)
                  + "\",\"Identity\":\"user"
                  + i
                  + "\"}");
        }
        String objectsJson = String.join(",", objects);
        return AdminTestServer.json(
            200,
            from + 4 < count
                ? AdminTestServer.withNextLink(
                    objectsJson,
                    r.getUrl()
                        .newBuilder()
                        .setQueryParameter("skip", "" + (from + 4))
                        .build()
                        .toString())
                : ok(objectsJson));
      }
      sets.add(r);
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        String identity = body.replaceAll(".*\"Identity\":\"([^\"]+)\".*", "$1");
        if (fail.contains(identity)) {
          return AdminTestServer.json(
              404,
              "{\"error\":{\"code\":\"NotFound\",\"message\":\"x\",\"details\":[{\"message\":"
                  + "\"E1|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"
                  + "|The operation couldn't be performed because object '"
                  + identity
                  + "' couldn't be found.\"}]}}");
        }
        updated.add(identity);
        return AdminTestServer.json(
            200,
            warn.contains(identity)
                ? "{\"@adminapi.warnings\":[\"nothing changed for " + identity + "\"],\"value\":[]}"
                : ok(""));
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  @Test
  void updatesEveryUserMailboxReportingEachOutcome() {
    Tenant tenant = new Tenant(10, Set.of(Tenant.address(3)), Set.of(Tenant.address(7)));
    t.server.setDispatcher(tenant);
    List<MailboxUpdateOutcome> seen = new CopyOnWriteArrayList<>();

    BulkUpdateReport report =
        t.client
            .junkEmail()
            .updateAllMailboxes(
                JunkEmailChanges.builder().blockSenders("spam.example").build(),
                BulkUpdateOptions.builder().concurrency(3).onOutcome(seen::add).build());

    assertThat(report.isComplete()).isTrue();
    assertThat(report.outcomes()).hasSize(10);
    assertThat(report.outcomes())
        .extracting(MailboxUpdateOutcome::mailbox)
        .containsExactly(
            Tenant.address(0),
            Tenant.address(1),
            Tenant.address(2),
            Tenant.address(3),
            Tenant.address(4),
            Tenant.address(5),
            Tenant.address(6),
            Tenant.address(7),
            Tenant.address(8),
            Tenant.address(9));
    assertThat(report.updatedCount()).isEqualTo(9);
    assertThat(report.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.mailbox()).isEqualTo(Tenant.address(3));
              assertThat(f.error()).isInstanceOf(NotFoundException.class);
            });
    assertThat(report.outcomes().get(7).warnings())
        .extracting(w -> w.message())
        .containsExactly("nothing changed for " + Tenant.address(7));
    assertThat(report.completedKeys()).hasSize(9).doesNotContain("oid-3").contains("oid-0");
    assertThat(seen).hasSize(10);
    assertThat(tenant.maxInFlight.get()).isBetween(1, 3);
    assertThat(tenant.listings.get(0))
        .contains("\"RecipientTypeDetails\":[\"UserMailbox\"]")
        .contains("\"ResultSize\":\"Unlimited\"")
        .contains("$select=ExternalDirectoryObjectId,PrimarySmtpAddress,Identity,Guid");
  }

  @Test
  void sendsEachMailboxTheChangesAsHashTablesRoutedToThatMailbox() {
    Tenant tenant = new Tenant(5, Set.of(), Set.of());
    t.server.setDispatcher(tenant);

    BulkUpdateReport report =
        t.client
            .junkEmail()
            .updateAllMailboxes(
                JunkEmailChanges.builder()
                    .blockSenders("spam.example", "junk.example")
                    .unblockSenders("old.example")
                    .untrustSenders("gone.example")
                    .contactsTrusted(true)
                    .build(),
                BulkUpdateOptions.builder().concurrency(2).build());

    assertThat(report.updatedCount()).isEqualTo(5);
    assertThat(tenant.sets).hasSize(5);
    Map<String, RecordedRequest> byMailbox = new HashMap<>();
    for (RecordedRequest r : tenant.sets) {
      byMailbox.put(r.getHeaders().get("X-AnchorMailbox"), r);
    }
    for (int i = 0; i < 5; i++) {
      String mailbox = Tenant.address(i);
      RecordedRequest r = byMailbox.get("SMTP:" + mailbox);
      assertThat(r).as("the Set call routed to %s", mailbox).isNotNull();
      assertThat(r.getHeaders().get("parameter-based-routing")).isEqualTo("true");
      assertThat(AdminTestServer.parameters(r, "Set-MailboxJunkEmailConfiguration"))
          .isEqualTo(
              "{\"Identity\":\""
                  + mailbox
                  + "\",\"BlockedSendersAndDomains\":{\"@odata.type\":"
                  + "\"#Exchange.GenericHashTable\",\"Add\":[\"spam.example\",\"junk.example\"],"
                  + "\"Remove\":[\"old.example\"]},\"TrustedSendersAndDomains\":{\"@odata.type\":"
                  + "\"#Exchange.GenericHashTable\",\"Remove\":[\"gone.example\"]},"
                  + "\"ContactsTrusted\":true,\"Confirm\":false}");
    }
  }

  @Test
  void resumesBySkippingMailboxesAnEarlierRunCompleted() {
    Tenant tenant = new Tenant(6, Set.of(), Set.of());
    t.server.setDispatcher(tenant);

    BulkUpdateReport report =
        t.client
            .junkEmail()
            .updateAllMailboxes(
                JunkEmailChanges.builder().enabled(true).build(),
                BulkUpdateOptions.builder()
                    .alreadyDone(List.of("oid-0", "oid-1", "oid-4"))
                    .build());

    assertThat(report.outcomes())
        .extracting(MailboxUpdateOutcome::status)
        .containsExactly(
            Status.SKIPPED,
            Status.SKIPPED,
            Status.UPDATED,
            Status.UPDATED,
            Status.SKIPPED,
            Status.UPDATED);
    assertThat(tenant.updated)
        .containsExactlyInAnyOrder(Tenant.address(2), Tenant.address(3), Tenant.address(5));
    assertThat(report.completedKeys()).hasSize(6);
  }

  @Test
  void keepsWhatWasDoneWhenListingTheMailboxesFails() {
    Tenant tenant = new Tenant(8, Set.of(), Set.of());
    tenant.breakSecondPage = true;
    t.server.setDispatcher(tenant);

    BulkUpdateReport report =
        t.client
            .junkEmail()
            .updateAllMailboxes(
                JunkEmailChanges.builder().enabled(true).build(), BulkUpdateOptions.defaults());

    assertThat(report.isComplete()).isFalse();
    assertThat(report.listingError()).isNotNull();
    assertThat(report.outcomes()).hasSize(4).allMatch(o -> o.status() == Status.UPDATED);
    assertThat(report.completedKeys()).containsExactly("oid-0", "oid-1", "oid-2", "oid-3");
  }
}

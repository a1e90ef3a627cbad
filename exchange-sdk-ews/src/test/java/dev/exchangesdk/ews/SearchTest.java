package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.error;
import static dev.exchangesdk.ews.testing.EwsXml.findFolders;
import static dev.exchangesdk.ews.testing.EwsXml.findItems;
import static dev.exchangesdk.ews.testing.EwsXml.folder;
import static dev.exchangesdk.ews.testing.EwsXml.getFolder;
import static dev.exchangesdk.ews.testing.EwsXml.message;
import static dev.exchangesdk.ews.testing.EwsXml.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.MailboxSearchResult;
import dev.exchangesdk.ews.testing.EwsServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SearchTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  /** A mailbox with Inbox (3 items), Calendar, an empty folder and Archive (5 items). */
  private static String answer(RecordedRequest request, String mailbox) {
    String body = request.getBody().utf8();
    if (body.contains("<m:GetFolder>")) {
      return getFolder(
          folder("ROOT-" + mailbox, null, "Top of Information Store", "IPF.Note", 0, 4));
    }
    if (body.contains("<m:FindFolder")) {
      String root = "ROOT-" + mailbox;
      return findFolders(
          folder("IN", root, "Inbox", "IPF.Note", 3, 0),
          folder("CAL", root, "Calendar", "IPF.Appointment", 9, 0),
          folder("EMPTY", root, "Empty", "IPF.Note", 0, 0),
          folder("ARC", root, "Archive", "IPF.Note", 5, 0));
    }
    if (body.contains("<t:FolderId Id=\"IN\"/>")) {
      return findItems(
          List.of(
              message("i1", mailbox + " inbox 1"),
              message("i2", mailbox + " inbox 2"),
              message("i3", mailbox + " inbox 3")),
          3,
          3,
          true);
    }
    if (body.contains("<t:FolderId Id=\"ARC\"/>")) {
      return findItems(List.of(message("a1", mailbox + " archive 1")), 1, 5, false);
    }
    throw new AssertionError("unexpected request " + body);
  }

  @Test
  void searchesEveryMailFolderUntilTheLimit() {
    List<String> bodies = new ArrayList<>();
    ews.answer(
        r -> {
          bodies.add(r.getBody().utf8());
          return answer(r, "soc");
        });

    List<MailItem> found =
        ews.client()
            .mailbox(EwsServer.MAILBOX)
            .searchMailbox(ItemQuery.builder().aqs("invoice").limit(4).build());

    assertThat(found)
        .extracting(MailItem::subject)
        .containsExactly("soc inbox 1", "soc inbox 2", "soc inbox 3", "soc archive 1");
    assertThat(bodies).hasSize(4);
    assertThat(bodies.get(0)).contains("<m:GetFolder>").contains("msgfolderroot");
    assertThat(bodies.get(1)).contains("<m:FindFolder Traversal=\"Deep\">");
    assertThat(bodies.get(2))
        .contains("<t:FolderId Id=\"IN\"/>")
        .contains("MaxEntriesReturned=\"4\"");
    assertThat(bodies.get(3))
        .contains("<t:FolderId Id=\"ARC\"/>")
        .contains("MaxEntriesReturned=\"1\"");
    assertThat(String.join("", bodies)).doesNotContain("Id=\"CAL\"").doesNotContain("Id=\"EMPTY\"");
  }

  /**
   * The server holds each mailbox's first request until the other mailbox's first request has
   * arrived too: that happens only when the two searches run at the same time. Run one after the
   * other, the first request waits out the bound and the test fails instead of hanging.
   */
  @Test
  void searchesTheMailboxesAtTheSameTime() {
    CountDownLatch bothArrived = new CountDownLatch(2);
    Map<String, Boolean> metTheOther = new ConcurrentHashMap<>();
    ews.answer(
        r -> {
          String mailbox = r.getHeaders().get("X-AnchorMailbox");
          if (r.getBody().utf8().contains("<m:GetFolder>")) {
            bothArrived.countDown();
            try {
              metTheOther.put(mailbox, bothArrived.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new AssertionError(e);
            }
          }
          return answer(r, mailbox.substring(0, mailbox.indexOf('@')));
        });

    List<MailboxSearchResult> results =
        ews.client()
            .searchMailboxes(
                List.of("a@contoso.com", "b@contoso.com"), ItemQuery.builder().limit(1).build(), 2);

    assertThat(metTheOther)
        .as("each mailbox's first request was in flight while the other's arrived")
        .containsOnly(entry("a@contoso.com", true), entry("b@contoso.com", true));
    assertThat(results).allMatch(MailboxSearchResult::isSuccess);
    assertThat(results.get(0).items()).extracting(MailItem::subject).containsExactly("a inbox 1");
    assertThat(results.get(1).items()).extracting(MailItem::subject).containsExactly("b inbox 1");
  }

  @Test
  void searchesManyMailboxesReportingFailuresPerMailbox() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    ConcurrentHashMap<String, Integer> calls = new ConcurrentHashMap<>();
    ews.answer(
        r -> {
          int now = inFlight.incrementAndGet();
          maxInFlight.accumulateAndGet(now, Math::max);
          try {
            String mailbox = r.getHeaders().get("X-AnchorMailbox");
            calls.merge(mailbox, 1, Integer::sum);
            if (mailbox.startsWith("gone")) {
              return response(
                  "GetFolder",
                  error(
                      "GetFolder",
                      "ErrorNonExistentMailbox",
                      "The SMTP address has no mailbox associated with it."));
            }
            return answer(r, mailbox.substring(0, mailbox.indexOf('@')));
          } finally {
            inFlight.decrementAndGet();
          }
        });
    List<String> mailboxes =
        List.of(
            "a@contoso.com",
            "gone@contoso.com",
            "b@contoso.com",
            "c@contoso.com",
            "not an address");

    List<MailboxSearchResult> results =
        ews.client().searchMailboxes(mailboxes, ItemQuery.builder().limit(2).build(), 2);

    assertThat(results)
        .extracting(MailboxSearchResult::mailbox)
        .containsExactlyElementsOf(mailboxes);
    assertThat(results.get(0).items())
        .extracting(MailItem::subject)
        .containsExactly("a inbox 1", "a inbox 2");
    assertThat(results.get(1).isSuccess()).isFalse();
    assertThat(results.get(1).error())
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("gone@contoso.com");
    assertThat(results.get(2).items()).hasSize(2);
    assertThat(results.get(3).items()).hasSize(2);
    assertThat(results.get(4).error()).hasMessageContaining("Not a mailbox address");
    assertThat(maxInFlight.get()).isLessThanOrEqualTo(2);
    assertThat(calls).doesNotContainKey("not an address");
  }
}

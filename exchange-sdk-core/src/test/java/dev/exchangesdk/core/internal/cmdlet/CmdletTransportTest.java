package dev.exchangesdk.core.internal.cmdlet;

import static dev.exchangesdk.core.internal.cmdlet.CmdletTestServer.body;
import static dev.exchangesdk.core.internal.cmdlet.CmdletTestServer.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.exchangesdk.core.Page;
import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.cmdlet.CmdletResult;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CmdletTransportTest {
  private final CmdletTestServer t = new CmdletTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void postsInvokeCommandWithTheModulesHeaders() {
    t.enqueue(200, page("", null));

    t.transport.invoke(
        CmdletRequest.builder("Get-Mailbox").param("Identity", "user@contoso.com").build());

    RecordedRequest r = t.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath())
        .isEqualTo("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("X-ResponseFormat")).isEqualTo("json");
    assertThat(r.getHeaders().get("X-AnchorMailbox"))
        .isEqualTo(
            "APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com");
    assertThat(r.getHeaders().get("parameter-based-routing")).isNull();
    assertThat(r.getHeaders().get("X-CmdletName")).isEqualTo("Get-Mailbox");
    assertThat(r.getHeaders().get("Prefer")).isEqualTo("odata.maxpagesize=1000");
    assertThat(r.getHeaders().get("Accept-Language")).isEqualTo("en-US");
    assertThat(r.getHeaders().get("X-ClientApplication")).isEqualTo("exchange-sdk-java");
    assertThat(r.getHeaders().get("connection-id")).isEqualTo(t.transport.connectionId());
    assertThat(r.getHeaders().get("client-request-id")).isNotBlank();
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer test-token");
    assertThat(body(r))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":"
                + "{\"Identity\":\"user@contoso.com\"}}}");
  }

  @Test
  void keepsTheConnectionIdAndChangesTheRequestIdBetweenCalls() {
    t.enqueue(200, page("", null));
    t.enqueue(200, page("", null));
    CmdletRequest request = CmdletRequest.builder("Get-Mailbox").build();

    t.transport.invoke(request);
    t.transport.invoke(request);

    RecordedRequest first = t.take();
    RecordedRequest second = t.take();
    assertThat(second.getHeaders().get("connection-id"))
        .isEqualTo(first.getHeaders().get("connection-id"));
    assertThat(second.getHeaders().get("client-request-id"))
        .isNotEqualTo(first.getHeaders().get("client-request-id"));
  }

  @Test
  void routesPerMailboxCmdletsBySmtpAddress() {
    t.enqueue(200, page("", null));

    t.transport.invoke(
        CmdletRequest.builder("Get-InboxRule")
            .param("Mailbox", "ann@contoso.com")
            .anchorMailbox("ann@contoso.com")
            .build());

    RecordedRequest r = t.take();
    assertThat(r.getHeaders().get("X-AnchorMailbox")).isEqualTo("SMTP:ann@contoso.com");
    assertThat(r.getHeaders().get("parameter-based-routing")).isEqualTo("true");
  }

  @Test
  void sendsTheSelectListUnencoded() {
    t.enqueue(200, page("", null));

    t.transport.invoke(
        CmdletRequest.builder("Get-Mailbox").select(List.of("Guid", "Name")).build());

    assertThat(t.take().getTarget())
        .isEqualTo("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?$select=Guid,Name");
  }

  @Test
  void parsesTheCapturedGetMailboxResponse() {
    t.server.enqueue(CmdletTestServer.capturedResponse("invokecommand-get-mailbox.response.http"));

    CmdletPage page =
        t.transport.invoke(
            CmdletRequest.builder("Get-Mailbox").param("Identity", "user@contoso.com").build());

    assertThat(page.requestId()).isEqualTo("cad3d16d-d10f-d607-b925-0ef6e74bf2df");
    assertThat(page.warnings()).isEmpty();
    assertThat(page.nextLink()).isNull();
    assertThat(page.objects()).hasSize(1);
    Map<String, Object> mailbox = page.objects().get(0);
    assertThat(mailbox.keySet()).noneMatch(k -> k.contains("@"));
    assertThat(mailbox)
        .containsEntry("ForwardingAddress", null)
        .containsEntry("ForwardingSmtpAddress", "smtp:someone@example.net")
        .containsEntry("DeliverToMailboxAndForward", true)
        .containsEntry("PitrCopyIntervalInSeconds", 0L)
        .containsEntry("Languages", List.of("en-US"))
        .containsEntry("Guid", "00000000-0000-0000-0000-000000000003");
    CmdletObject o = page.cmdletObjects().get(0);
    assertThat(o.instant("WhenMailboxCreated")).isEqualTo(Instant.parse("2022-09-21T08:07:47Z"));
    assertThat(o.instant("WhenChangedUTC")).isEqualTo(Instant.parse("2024-04-10T08:56:22Z"));
    assertThat(CmdletValues.parseByteCount(o.get("ProhibitSendQuota")))
        .isEqualTo(OptionalLong.of(106_300_440_576L));
    assertThat(CmdletValues.isUnlimited(o.get("LitigationHoldDuration"))).isTrue();
    assertThat(o.timeSpan("AuditLogAgeLimit")).isEqualTo(java.time.Duration.ofDays(90));
    assertThat(o.strings("EmailAddresses")).hasSize(3).contains("SMTP:user@contoso.com");
  }

  @Test
  void dropsRemotingPropertiesAndKeepsNumbersBeyondLongExact() {
    t.enqueue(
        200,
        page(
            "{\"Name\":\"Forward all\",\"RuleIdentity\":18446744073709551615,"
                + "\"Priority\":1,\"Ratio\":0.125,\"PSComputerName\":\"x\","
                + "\"PSShowComputerName\":false,\"RunspaceId\":\"r\","
                + "\"Nested\":{\"A@odata.type\":\"#String\",\"A\":\"b\"}}",
            null));

    Map<String, Object> rule =
        t.transport.invoke(CmdletRequest.builder("Get-InboxRule").build()).objects().get(0);

    assertThat(rule)
        .containsOnlyKeys("Name", "RuleIdentity", "Priority", "Ratio", "Nested")
        .containsEntry("RuleIdentity", new BigInteger("18446744073709551615"))
        .containsEntry("Priority", 1L)
        .containsEntry("Ratio", new java.math.BigDecimal("0.125"))
        .containsEntry("Nested", Map.of("A", "b"));
  }

  @Test
  void followsNextLinksLazilyOverThreePagesPostingTheSameBody() {
    String base = t.server.url("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand").toString();
    t.enqueue(200, page("{\"Name\":\"a\"},{\"Name\":\"b\"}", base + "?$skiptoken=1"));
    t.enqueue(200, page("{\"Name\":\"c\"}", base + "?$skiptoken=2"));
    t.enqueue(200, page("{\"Name\":\"d\"}", null));
    CmdletRequest request = CmdletRequest.builder("Get-Mailbox").resultSize(0).build();

    PagedIterable<String> names = t.transport.list(request, o -> o.string("Name"));
    assertThat(t.server.getRequestCount()).isZero();
    List<String> all = names.stream().toList();

    assertThat(all).containsExactly("a", "b", "c", "d");
    RecordedRequest first = t.take();
    RecordedRequest second = t.take();
    RecordedRequest third = t.take();
    assertThat(second.getTarget()).endsWith("InvokeCommand?$skiptoken=1");
    assertThat(third.getTarget()).endsWith("InvokeCommand?$skiptoken=2");
    assertThat(body(second)).isEqualTo(body(first)).contains("\"ResultSize\":\"Unlimited\"");
    assertThat(body(third)).isEqualTo(body(first));
    assertThat(third.getHeaders().get("X-CmdletName")).isEqualTo("Get-Mailbox");
  }

  @Test
  void stopsPagingAtResultSize() {
    String base = t.server.url("/adminapi/beta/x/InvokeCommand").toString();
    t.enqueue(200, page("{\"Name\":\"a\"},{\"Name\":\"b\"}", base + "?$skiptoken=1"));
    t.enqueue(200, page("{\"Name\":\"c\"},{\"Name\":\"d\"}", base + "?$skiptoken=2"));
    t.enqueue(200, page("{\"Name\":\"e\"}", null));

    List<String> names =
        t
            .transport
            .list(CmdletRequest.builder("Get-Mailbox").resultSize(3).build(), o -> o.string("Name"))
            .stream()
            .toList();

    assertThat(names).containsExactly("a", "b", "c");
    assertThat(t.server.getRequestCount()).isEqualTo(2);
    assertThat(body(t.take())).contains("\"ResultSize\":3");
  }

  @Test
  void resumesFromAContinuationToken() {
    String base = t.server.url("/adminapi/beta/x/InvokeCommand").toString();
    t.enqueue(200, page("{\"Name\":\"a\"}", base + "?$skiptoken=1"));
    t.enqueue(200, page("{\"Name\":\"b\"}", null));
    PagedIterable<String> names =
        t.transport.list(CmdletRequest.builder("Get-Mailbox").build(), o -> o.string("Name"));

    Page<String> first = names.byPage().iterator().next();
    List<String> rest = new ArrayList<>();
    names.byPage(first.continuationToken().orElseThrow()).forEach(p -> rest.addAll(p.items()));

    assertThat(first.items()).containsExactly("a");
    assertThat(rest).containsExactly("b");
  }

  @Test
  void stopsWhenTheServiceRepeatsTheSameNextLink() {
    String link = t.server.url("/adminapi/beta/x/InvokeCommand?$skiptoken=same").toString();
    t.enqueue(200, page("{\"Name\":\"a\"}", link));
    t.enqueue(200, page("{\"Name\":\"b\"}", link));
    t.enqueue(200, page("{\"Name\":\"c\"}", link));
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(
            () ->
                t.transport
                    .list(CmdletRequest.builder("Get-Mailbox").build(), o -> o.string("Name"))
                    .forEach(seen::add))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("already returned");
    assertThat(seen).containsExactly("a");
    assertThat(t.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void stopsARepeatingNextLinkAlsoWhenCollectingEveryPage() {
    String link = t.server.url("/adminapi/beta/x/InvokeCommand?$skiptoken=same").toString();
    t.enqueue(200, page("{\"Name\":\"a\"}", link));
    t.enqueue(200, page("{\"Name\":\"b\"}", link));

    assertThatThrownBy(() -> t.transport.invokeAll(CmdletRequest.builder("Get-User").build()))
        .isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void neverSendsTheTokenToAnotherHostNamedByANextLink() {
    t.enqueue(
        200,
        page("{\"Name\":\"a\"}", "https://evil.example.net/adminapi/beta/x/InvokeCommand?s=1"));
    t.enqueue(200, page("{\"Name\":\"b\"}", null));

    CmdletResult all = t.transport.invokeAll(CmdletRequest.builder("Get-Mailbox").build());

    assertThat(all.objects()).hasSize(2);
    t.take();
    RecordedRequest second = t.take();
    assertThat(second.getUrl().host()).isEqualTo(t.server.getHostName());
    assertThat(second.getTarget()).isEqualTo("/adminapi/beta/x/InvokeCommand?s=1");
  }

  @Test
  void refusesANextLinkOutsideTheAdminApi() {
    t.enqueue(200, page("{\"Name\":\"a\"}", "https://outlook.office365.com/owa/steal"));

    assertThatThrownBy(() -> t.transport.invokeAll(CmdletRequest.builder("Get-Mailbox").build()))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("next-page link");
  }

  @Test
  void refusesAContinuationTokenThatIsNotALink() {
    PagedIterable<String> names =
        t.transport.list(CmdletRequest.builder("Get-Mailbox").build(), o -> o.string("Name"));

    assertThatThrownBy(() -> names.byPage("garbage").iterator().next())
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("next-page link");
    assertThat(t.server.getRequestCount()).isZero();
  }

  @Test
  void returnsLogsAndReportsWarnings() {
    Logger logger = (Logger) LoggerFactory.getLogger("dev.exchangesdk.cmdlet");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      t.enqueue(
          200,
          "{\"@adminapi.warnings\":[\"The command completed successfully but no settings of"
              + " 'ann' have been modified.\"],\"value\":[]}");

      CmdletPage page =
          t.transport.invoke(
              CmdletRequest.builder("Set-MailboxJunkEmailConfiguration")
                  .param("Identity", "ann")
                  .build());

      CmdletWarning expected =
          new CmdletWarning(
              "Set-MailboxJunkEmailConfiguration",
              "The command completed successfully but no settings of 'ann' have been modified.");
      assertThat(page.warnings()).containsExactly(expected);
      assertThat(t.warnings).containsExactly(expected);
      assertThat(appender.list)
          .anySatisfy(
              e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage()).contains("no settings of 'ann'");
              });
    } finally {
      logger.detachAppender(appender);
    }
  }

  @Test
  void theTruncationWarningOfAnExplicitResultSizeIsReturnedButNotLoggedAsAWarning() {
    Logger logger = (Logger) LoggerFactory.getLogger("dev.exchangesdk.cmdlet");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    Level previous = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    try {
      t.enqueue(
          200,
          "{\"@adminapi.warnings\":[\"There are more results available than are currently"
              + " displayed. To view them, increase the value for the ResultSize parameter.\"],"
              + "\"value\":[{\"Identity\":\"ann\"}]}");

      CmdletPage page =
          t.transport.invoke(CmdletRequest.builder("Get-Mailbox").resultSize(1).build());

      assertThat(page.warnings()).hasSize(1);
      assertThat(t.warnings).hasSize(1);
      assertThat(appender.list)
          .filteredOn(e -> e.getFormattedMessage().contains("more results available"))
          .singleElement()
          .satisfies(e -> assertThat(e.getLevel()).isEqualTo(Level.DEBUG));
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(previous);
    }
  }

  @Test
  void collectsWarningsOfEveryPageInInvokeAll() {
    String base = t.server.url("/adminapi/beta/x/InvokeCommand").toString();
    t.enqueue(
        200,
        "{\"@adminapi.warnings\":[\"one\"],\"value\":[{\"A\":1}],"
            + "\"@odata.nextLink\":\""
            + base
            + "?p=2\"}");
    t.enqueue(200, "{\"@adminapi.warnings\":[\"two\"],\"value\":[{\"A\":2}]}");

    CmdletResult result = t.transport.invokeAll(CmdletRequest.builder("Get-Thing").build());

    assertThat(result.objects()).extracting(m -> m.get("A")).containsExactly(1L, 2L);
    assertThat(result.warnings()).extracting(CmdletWarning::message).containsExactly("one", "two");
  }

  @Test
  void carriesEachResponsesWarningsOnItsPageOfAListing() {
    String base = t.server.url("/adminapi/beta/x/InvokeCommand").toString();
    t.enqueue(
        200,
        "{\"@adminapi.warnings\":[\"one\"],\"value\":[{\"A\":1}],"
            + "\"@odata.nextLink\":\""
            + base
            + "?p=2\"}");
    // A warnings-only body without "value": an empty page that still carries its warning.
    t.enqueue(200, "{\"@adminapi.warnings\":[\"No entries found.\"]}");

    List<Page<Long>> pages = new ArrayList<>();
    t.transport
        .list(CmdletRequest.builder("Get-Thing").build(), o -> o.longValue("A"))
        .byPage()
        .forEach(pages::add);

    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).items()).containsExactly(1L);
    assertThat(pages.get(0).warnings()).containsExactly(new CmdletWarning("Get-Thing", "one"));
    assertThat(pages.get(1).items()).isEmpty();
    assertThat(pages.get(1).hasWarnings()).isTrue();
    assertThat(pages.get(1).warnings())
        .extracting(CmdletWarning::message)
        .containsExactly("No entries found.");
  }

  @Test
  void treatsAnEmptySuccessBodyAsNoOutput() {
    t.enqueue(204, "");

    CmdletPage page = t.transport.invoke(CmdletRequest.builder("Disable-InboxRule").build());

    assertThat(page.objects()).isEmpty();
  }

  @Test
  void keepsBareStringOutputAsValueObjects() {
    t.enqueue(200, "{\"value\":[\"first\",\"second\"]}");

    CmdletResult result = t.transport.invokeAll(CmdletRequest.builder("Get-Thing").build());

    assertThat(result.objects())
        .containsExactly(Map.of("value", "first"), Map.of("value", "second"));
  }

  @Test
  void readsTheRecipientPermissionSample() {
    t.enqueue(200, CmdletTestServer.resource("recipientpermission-response.json"));

    CmdletObject o =
        t.transport
            .invoke(CmdletRequest.builder("Get-RecipientPermission").build())
            .cmdletObjects()
            .get(0);

    assertThat(o.strings("AccessRights")).containsExactly("SendAs");
    assertThat(o.string("Trustee")).isEqualTo("user@contoso.com");
    assertThat(o.asMap()).doesNotContainKey("_source");
  }
}

package dev.exchangesdk.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.ThrottledException;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.MailFolder;
import dev.exchangesdk.ews.model.WellKnownFolder;
import dev.exchangesdk.ews.testing.EwsServer;
import dev.exchangesdk.ews.testing.Fixtures;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransportTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private static final FolderRef INBOX = FolderRef.wellKnown(WellKnownFolder.INBOX);

  @Test
  void sendsImpersonationAnchorMailboxServerVersionAndUtcOnEveryCall() {
    ews.respondWith("examples/GetFolder-response.xml");

    MailFolder inbox = ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX);

    assertThat(inbox.id()).isEqualTo("AQApA=");
    assertThat(inbox.displayName()).isEqualTo("Inbox");
    assertThat(inbox.totalCount()).isEqualTo(2);
    assertThat(inbox.unreadCount()).isEqualTo(2);
    assertThat(inbox.childFolderCount()).isZero();
    RecordedRequest request = ews.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/EWS/Exchange.asmx");
    assertThat(request.getHeaders().get("X-AnchorMailbox")).isEqualTo(EwsServer.MAILBOX);
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("text/xml");
    assertThat(request.getHeaders().get("client-request-id")).isNotBlank();
    String body = request.getBody().utf8();
    assertThat(body)
        .contains("<t:RequestServerVersion Version=\"Exchange2016\"/>")
        .contains(
            "<t:ExchangeImpersonation><t:ConnectingSID><t:SmtpAddress>soc@contoso.com"
                + "</t:SmtpAddress></t:ConnectingSID></t:ExchangeImpersonation>")
        .contains("<t:TimeZoneContext><t:TimeZoneDefinition Id=\"UTC\"/></t:TimeZoneContext>")
        .contains("<t:DistinguishedFolderId Id=\"inbox\"/>");
  }

  @Test
  void takesTheEndpointAndTokenScopeFromTheEnvironment() {
    ews.respondWith("examples/GetFolder-response.xml");
    dev.exchangesdk.core.ExchangeEnvironment gccHigh =
        dev.exchangesdk.core.ExchangeEnvironment.GCC_HIGH.toBuilder()
            .ewsUrl(ews.server().url("/EWS/Exchange.asmx").uri())
            .build();
    EwsClient client =
        EwsClient.builder().credential(ews.credential()).environment(gccHigh).build();

    client.mailbox(EwsServer.MAILBOX).getFolder(INBOX);

    assertThat(ews.credential().lastScopes())
        .containsExactly("https://outlook.office365.us/.default");
    assertThat(client.endpoint()).isEqualTo(gccHigh.ewsUrl());
  }

  @Test
  void sendsTheConfiguredServerVersionForOlderOnPremisesServers() {
    ews.respondWith("examples/GetFolder-response.xml");
    EwsClient client =
        ews.clientBuilder().serverVersion(ExchangeServerVersion.EXCHANGE_2010_SP2).build();

    client.mailbox(EwsServer.MAILBOX).getFolder(INBOX);

    assertThat(ews.takeRequestBody()).contains("Version=\"Exchange2010_SP2\"");
  }

  @Test
  void mapsAFailedResponseMessageToATypedExceptionKeepingTheServersText() {
    ews.respondWith("examples/GetFolder-error-response.xml");

    assertThatThrownBy(() -> ews.client().mailbox(EwsServer.MAILBOX).getFolder(FolderRef.id("x")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Id is malformed.")
        .hasMessageContaining("soc@contoso.com")
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo("ErrorInvalidIdMalformed");
  }

  @Test
  void mapsErrorCodesToTheExceptionHierarchy() {
    assertMapped("ErrorItemNotFound", NotFoundException.class);
    assertMapped("ErrorFolderNotFound", NotFoundException.class);
    assertMapped("ErrorNonExistentMailbox", NotFoundException.class);
    assertMapped("ErrorNameResolutionNoResults", NotFoundException.class);
    assertMapped("ErrorAccessDenied", AccessDeniedException.class);
    assertMapped("ErrorImpersonateUserDenied", AccessDeniedException.class);
    assertMapped("ErrorInvalidId", InvalidRequestException.class);
    assertMapped("ErrorInvalidSyncStateData", InvalidSyncStateException.class);
    assertMapped("ErrorQuotaExceeded", ExchangeException.class);
  }

  private void assertMapped(String code, Class<? extends ExchangeException> type) {
    ews.respond(message(code, "Server says " + code, ""));
    assertThatThrownBy(() -> ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX))
        .isExactlyInstanceOf(type)
        .hasMessageContaining("Server says " + code)
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo(code);
  }

  @Test
  void keepsTheInnerErrorOfAnInternalServerError() {
    ews.respondWith("exchangelib/test_services__test_inner_error_parsing__L46.xml");

    assertThatThrownBy(() -> ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX))
        .isExactlyInstanceOf(ExchangeException.class)
        .hasMessageContaining("ErrorInternalServerError")
        .hasMessageContaining("ErrorQuotaExceededOnDelete")
        .hasMessageContaining("folder is out of quota");
  }

  @Test
  void retriesAPrettyPrintedServerBusyFaultAfterTheServersBackOff() {
    ews.respond(500, Fixtures.ews("examples/ErrorServerBusy-soapfault-response.xml"));
    ews.respondWith("examples/GetFolder-response.xml");

    MailFolder inbox = ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX);

    assertThat(inbox.displayName()).isEqualTo("Inbox");
    assertThat(ews.sleeps()).containsExactly(Duration.ofMillis(297749));
    assertThat(ews.requestCount()).isEqualTo(2);
  }

  @Test
  void retriesACompactServerBusyFaultAfterTheServersBackOff() {
    ews.respond(500, Fixtures.ews("examples/ErrorServerBusy-soapfault-response.compact.xml"));
    ews.respondWith("examples/GetFolder-response.xml");

    ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX);

    assertThat(ews.sleeps()).containsExactly(Duration.ofMillis(297749));
  }

  @Test
  void retriesAServerBusyResponseMessageSentWithHttp200() {
    ews.respondWith("examples/ErrorServerBusy-responsemessage-http200.constructed.xml");
    ews.respondWith("examples/GetFolder-response.xml");

    ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX);

    assertThat(ews.sleeps()).containsExactly(Duration.ofMillis(5000));
  }

  @Test
  void givesUpWithTheServersBackOffWhenItExceedsTheRetryBudget() {
    ews.respond(500, Fixtures.ews("examples/ErrorServerBusy-soapfault-response.xml"));
    EwsClient client =
        ews.clientBuilder()
            .httpOptions(
                dev.exchangesdk.core.HttpOptions.builder()
                    .retry(
                        dev.exchangesdk.core.RetryOptions.builder()
                            .maxTotalWait(Duration.ofSeconds(10))
                            .build())
                    .sleeper(ews.sleeps()::add)
                    .build())
            .build();

    assertThatThrownBy(() -> client.mailbox(EwsServer.MAILBOX).getFolder(INBOX))
        .isInstanceOf(ThrottledException.class)
        .satisfies(
            e ->
                assertThat(((ThrottledException) e).retryAfter())
                    .contains(Duration.ofMillis(297749)))
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo("ErrorServerBusy");
    assertThat(ews.sleeps()).isEmpty();
  }

  @Test
  void retriesTooManyObjectsOpened() {
    ews.respondWith("exchangelib/test_services__test_error_too_many_objects_opened__L174.xml");
    ews.respondWith("examples/GetFolder-response.xml");

    ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX);

    assertThat(ews.requestCount()).isEqualTo(2);
    assertThat(ews.sleeps()).hasSize(1);
  }

  @Test
  void retriesTransientServerErrors() {
    ews.respond(message("ErrorInternalServerTransientError", "try again", ""));
    ews.respond(message("ErrorMailboxStoreUnavailable", "store down", ""));
    ews.respondWith("examples/GetFolder-response.xml");

    ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX);

    assertThat(ews.requestCount()).isEqualTo(3);
  }

  @Test
  void reportsATransientErrorThatOutlastsTheRetriesAsServiceUnavailable() {
    for (int i = 0; i < 5; i++) {
      ews.respond(message("ErrorMailboxMoveInProgress", "moving", ""));
    }

    assertThatThrownBy(() -> ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX))
        .isInstanceOf(ServiceUnavailableException.class)
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo("ErrorMailboxMoveInProgress");
    assertThat(ews.requestCount()).isEqualTo(5);
  }

  @Test
  void retries503AfterRetryAfter() {
    ews.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "7").build());
    ews.respondWith("examples/GetFolder-response.xml");

    ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX);

    assertThat(ews.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retries429AfterRetryAfter() {
    ews.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").build());
    ews.respondWith("examples/GetFolder-response.xml");

    ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX);

    assertThat(ews.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void refreshesTheTokenOnceAfter401() {
    ews.enqueue(new MockResponse.Builder().code(401).build());
    ews.respondWith("examples/GetFolder-response.xml");

    ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX);

    assertThat(ews.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(ews.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
    assertThat(ews.credential().invalidations()).isEqualTo(1);
  }

  @Test
  void reportsARejectedTokenWithTheServersDiagnostics() {
    for (int i = 0; i < 2; i++) {
      ews.enqueue(
          new MockResponse.Builder()
              .code(401)
              .setHeader("x-ms-diagnostics", "2000008;reason=\"The token has expired.\"")
              .build());
    }

    assertThatThrownBy(() -> ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("The token has expired.");
  }

  @Test
  void explainsHowToEnableEwsWhenTheTenantRefusesIt() {
    ews.enqueue(new MockResponse.Builder().code(403).body("Forbidden").build());

    assertThatThrownBy(() -> ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX))
        .isInstanceOf(EwsDisabledException.class)
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Set-OrganizationConfig -EWSEnabled $true")
        .hasMessageContaining("EWSAllowedAppIDs")
        .hasMessageContaining("2027-04-01")
        .hasMessageContaining("Microsoft Graph");
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void mapsASchemaValidationFaultToInvalidRequest() {
    ews.respond(
        500, Fixtures.ews("exchangelib/test_services__test_error_schema_validation__L140.xml"));

    assertThatThrownBy(() -> ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("YYY")
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo("ErrorSchemaValidation");
  }

  @Test
  void mapsAFaultWithoutEwsDetailByItsFaultCode() {
    String fault =
        Fixtures.ews("exchangelib/test_services__test_soap_error__L208.xml")
            .replace("{faultcode}", "a:ErrorNonExistentMailbox")
            .replace("{faultstring}", "The SMTP address has no mailbox associated with it.")
            .replace("{responsecode}", "ErrorNonExistentMailbox")
            .replace("{message}", "The SMTP address has no mailbox associated with it.");
    ews.respond(500, fault);

    assertThatThrownBy(() -> ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("has no mailbox")
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo("ErrorNonExistentMailbox");
  }

  @Test
  void reportsAnEmptyFaultAsAServerError() {
    ews.respond(500, Fixtures.ews("exchangelib/test_services__test_soap_error__L259.xml"));

    assertThatThrownBy(() -> ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX))
        .isExactlyInstanceOf(ExchangeException.class)
        .hasMessageContaining("SOAP fault without a code")
        .extracting(e -> ((ExchangeException) e).statusCode())
        .isEqualTo(500);
  }

  @Test
  void boundsTheCallsInFlightForOneMailbox() throws Exception {
    java.util.concurrent.atomic.AtomicInteger inFlight =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger maxInFlight =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    ews.answer(
        r -> {
          maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          inFlight.decrementAndGet();
          return Fixtures.ews("examples/GetFolder-response.xml");
        });
    EwsClient client = ews.clientBuilder().maxConcurrentRequestsPerMailbox(2).build();
    java.util.List<Thread> callers = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      // Handles for the same address (in any case) share the limit.
      Mailbox m = client.mailbox(i % 2 == 0 ? "soc@contoso.com" : "SOC@Contoso.com");
      Thread t = new Thread(() -> m.getFolder(INBOX));
      t.start();
      callers.add(t);
    }

    // Two calls reach the server; the other three wait for a permit (parked, not in I/O).
    awaitCondition(
        () ->
            inFlight.get() == 2
                && callers.stream().filter(t -> t.getState() == Thread.State.WAITING).count() == 3);
    assertThat(ews.requestCount()).isEqualTo(2);
    release.countDown();
    for (Thread t : callers) {
      t.join(10_000);
    }

    assertThat(ews.requestCount()).isEqualTo(5);
    assertThat(maxInFlight.get()).isEqualTo(2);
  }

  private static void awaitCondition(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
  }

  static String message(String code, String text, String messageXml) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
        + "<m:GetFolderResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
        + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
        + "<m:ResponseMessages><m:GetFolderResponseMessage ResponseClass=\"Error\">"
        + "<m:MessageText>"
        + text
        + "</m:MessageText><m:ResponseCode>"
        + code
        + "</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>"
        + messageXml
        + "<m:Folders/></m:GetFolderResponseMessage></m:ResponseMessages>"
        + "</m:GetFolderResponse></s:Body></s:Envelope>";
  }
}

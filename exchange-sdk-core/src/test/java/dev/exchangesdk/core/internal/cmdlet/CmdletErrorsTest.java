package dev.exchangesdk.core.internal.cmdlet;

import static dev.exchangesdk.core.internal.cmdlet.CmdletTestServer.page;
import static dev.exchangesdk.core.internal.cmdlet.CmdletTestServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.ThrottledException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CmdletErrorsTest {
  private final CmdletTestServer t = new CmdletTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  private ExchangeException failureOf(String cmdlet) {
    return catchThrowableOfType(
        ExchangeException.class, () -> t.transport.invoke(CmdletRequest.builder(cmdlet).build()));
  }

  @Test
  void mapsTheRealObjectNotFoundBodyToNotFound() {
    t.server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .setHeader("request-id", "req-404")
            .body(resource("error-404-object-not-found.json"))
            .build());

    ExchangeException e = failureOf("Remove-Mailbox");

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.errorCode()).isEqualTo("Ex6F9304");
    assertThat(e.requestId()).isEqualTo("req-404");
    assertThat(e.getMessage())
        .startsWith("Remove-Mailbox failed (HTTP 404): The operation couldn't be performed")
        .contains("'x@contoso.onmicrosoft.com'")
        .endsWith("[ManagementObjectNotFoundException]");
  }

  @Test
  void mapsTheRealAmbiguousParameterSetBodyToInvalidRequest() {
    t.enqueue(400, resource("error-400-ambiguous-parameter-set.json"));

    ExchangeException e = failureOf("Get-QuarantineMessage");

    assertThat(e).isInstanceOf(InvalidRequestException.class);
    assertThat(e.errorCode()).isEqualTo("AmbiguousParameterSetException");
    assertThat(e.getMessage())
        .contains("Parameter set cannot be resolved")
        .contains("BogusParameter");
    assertThat(t.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anUnknownCmdletIsAnInvalidRequestNotAMissingObject() {
    t.enqueue(
        400,
        "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Invalid Operation\",\"details\":[{\"code\":\"Client\","
            + "\"target\":\"\",\"message\":\"|System.Management.Automation.CommandNotFoundException|The term"
            + " 'Get-Bogus' is not recognized as the name of a cmdlet.\"}]}}");

    ExchangeException e = failureOf("Get-Bogus");

    assertThat(e)
        .isInstanceOf(InvalidRequestException.class)
        .isNotInstanceOf(NotFoundException.class);
    assertThat(e.getMessage()).contains("is not recognized").contains("roles assigned to the app");
  }

  @Test
  void fallsBackToTheInternalExceptionWhenThereAreNoDetails() {
    t.enqueue(400, resource("error-400-parameter-transformation.json"));

    ExchangeException e = failureOf("Get-QuarantineMessage");

    assertThat(e).isInstanceOf(InvalidRequestException.class);
    assertThat(e.errorCode()).isEqualTo("ParameterTransformationException");
    assertThat(e.getMessage())
        .contains("Cannot process argument transformation on parameter 'QuarantineTypes'")
        .contains("Spam, TransportRule, Bulk");
  }

  @Test
  void readsTheExceptionTypeHeaderWhenTheBodyHasNone() {
    t.server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .setHeader(
                "X-ExceptionType",
                "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException")
            .body("{\"error\":{\"code\":\"BadRequest\",\"message\":\"Couldn't find 'x'.\"}}")
            .build());

    ExchangeException e = failureOf("Get-Mailbox");

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.getMessage()).contains("Couldn't find 'x'.");
  }

  @Test
  void turnsAnEmpty403IntoAccessDeniedNamingTheRole() {
    t.enqueue(403, "");

    ExchangeException e = failureOf("Get-Mailbox");

    assertThat(e).isInstanceOf(AccessDeniedException.class);
    AccessDeniedException denied = (AccessDeniedException) e;
    assertThat(denied.missingPermission())
        .contains("Exchange.ManageAsApp")
        .contains("Exchange Administrator");
    assertThat(e.getMessage()).contains("Get-Mailbox").contains("HTTP 403");
    assertThat(t.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void turnsANulFilled403IntoAccessDeniedAndWarnsAboutSecurityAdministrator() {
    t.enqueue(403, "\u0000\u0000\u0000\u0000");

    ExchangeException e = failureOf("New-TenantAllowBlockListItems");

    assertThat(e).isInstanceOf(AccessDeniedException.class);
    assertThat(((AccessDeniedException) e).missingPermission())
        .contains("Security Administrator does not cover the Tenant Allow/Block List");
  }

  @Test
  void keepsTheServerTextOfAJson403() {
    t.enqueue(
        403,
        "{\"error\":{\"code\":\"Forbidden\",\"message\":\"x\",\"details\":[{\"message\":"
            + "\"|System.UnauthorizedAccessException|Access to Set-Mailbox is denied.\"}]}}");

    ExchangeException e = failureOf("Set-Mailbox");

    assertThat(e).isInstanceOf(AccessDeniedException.class);
    assertThat(e.getMessage()).contains("Access to Set-Mailbox is denied.");
  }

  @Test
  void reportsAnHtmlErrorPageClearly() {
    t.server.enqueue(
        new MockResponse.Builder()
            .code(500)
            .setHeader("Content-Type", "text/html")
            .body("<html><body><h1>Server Error</h1></body></html>")
            .build());

    ExchangeException e = failureOf("Get-Mailbox");

    assertThat(e.getClass()).isEqualTo(ExchangeException.class);
    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.getMessage()).contains("non-JSON body (text/html)").contains("Server Error");
  }

  @Test
  void reportsAnHtmlSuccessBodyAsUnreadable() {
    t.server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/html")
            .body("<html>sign in</html>")
            .build());

    assertThatThrownBy(() -> t.transport.invoke(CmdletRequest.builder("Get-Mailbox").build()))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("not JSON (text/html)")
        .hasMessageContaining("sign in");
  }

  @Test
  void reportsTruncatedJsonAsUnreadableWithoutRetrying() {
    t.enqueue(200, "{\"value\":[{\"Name\":\"a\"");

    assertThatThrownBy(() -> t.transport.invoke(CmdletRequest.builder("Get-Mailbox").build()))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("malformed JSON");
    assertThat(t.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void waitsTheFractionalRetryAfterOf429ThenSucceeds() {
    t.server.enqueue(
        new MockResponse.Builder().code(429).setHeader("Retry-After", "1.5").body("").build());
    t.enqueue(200, page("{\"Name\":\"a\"}", null));

    CmdletPage page = t.transport.invoke(CmdletRequest.builder("Get-Mailbox").build());

    assertThat(page.objects()).hasSize(1);
    assertThat(t.waits).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void retriesA429EvenForACmdletThatIsNotIdempotent() {
    t.server.enqueue(
        new MockResponse.Builder().code(429).setHeader("Retry-After", "2").body("").build());
    t.enqueue(200, page("{\"Name\":\"rule\"}", null));

    t.transport.invoke(CmdletRequest.builder("New-TransportRule").param("Name", "x").build());

    assertThat(t.server.getRequestCount()).isEqualTo(2);
    assertThat(t.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void doesNotRetryAGatewayTimeoutOfACmdletThatIsNotIdempotent() {
    t.enqueue(504, "");
    t.enqueue(200, page("", null));

    ExchangeException e = failureOf("New-TransportRule");

    assertThat(e).isInstanceOf(ServiceUnavailableException.class);
    assertThat(t.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retriesAGatewayTimeoutOfARead() {
    t.enqueue(503, "");
    t.enqueue(200, page("", null));

    t.transport.invoke(CmdletRequest.builder("Get-Mailbox").build());

    assertThat(t.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retriesTheConcurrencyLimitRefusalSentWith400() {
    t.enqueue(
        400,
        "{\"error\":{\"code\":\"BadRequest\",\"message\":\"x\",\"details\":[{\"message\":"
            + "\"|Microsoft.Exchange.Configuration.Tasks.ThrottlingException|Fail to create a"
            + " runspace because you have exceeded the maximum number of concurrent requests per"
            + " tenant. Please wait for 60 seconds.\"}]}}");
    t.enqueue(200, page("", null));

    t.transport.invoke(CmdletRequest.builder("Release-QuarantineMessage").build());

    assertThat(t.server.getRequestCount()).isEqualTo(2);
    assertThat(t.waits).hasSize(1);
  }

  @Test
  void retriesTheConcurrencyLimitRefusalSentWith200() {
    t.enqueue(
        200,
        "{\"@adminapi.errors\":[\"You have exceeded the maximum number of concurrent requests per"
            + " tenant.\"],\"value\":[]}");
    t.enqueue(200, page("{\"A\":1}", null));

    CmdletPage page = t.transport.invoke(CmdletRequest.builder("Get-Mailbox").build());

    assertThat(page.objects()).hasSize(1);
    assertThat(t.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void givesUpOnThrottlingWhenTheBudgetIsSpent() {
    for (int i = 0; i < 3; i++) {
      t.server.enqueue(
          new MockResponse.Builder().code(429).setHeader("Retry-After", "0.25").build());
    }

    ExchangeException e = failureOf("Get-Mailbox");

    assertThat(e).isInstanceOf(ThrottledException.class);
    assertThat(e.retryAfter()).contains(Duration.ofMillis(250));
    assertThat(t.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void retriesTransientServerExceptions() {
    for (String type : CmdletErrors.TRANSIENT_TYPES) {
      t.enqueue(
          500,
          "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"x\",\"details\":"
              + "[{\"message\":\"E1|Microsoft.Exchange.Data.Directory."
              + type
              + "|Try again later.\"}]}}");
      t.enqueue(200, page("", null));

      t.transport.invoke(CmdletRequest.builder("Get-Recipient").build());
    }

    assertThat(t.server.getRequestCount()).isEqualTo(2 * CmdletErrors.TRANSIENT_TYPES.size());
  }

  @Test
  void turnsAdminApiErrorsIntoTypedExceptions() {
    t.enqueue(
        200,
        "{\"@adminapi.errors\":[\"Ex1|Microsoft.Exchange.Configuration.Tasks."
            + "ManagementObjectNotFoundException|The operation couldn't be performed because"
            + " object 'ghost' couldn't be found.\"],\"value\":[]}");

    ExchangeException e = failureOf("Set-MailboxJunkEmailConfiguration");

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.errorCode()).isEqualTo("Ex1");
    assertThat(e.getMessage()).contains("object 'ghost' couldn't be found");
  }

  @Test
  void turnsStructuredAdminApiErrorsIntoExceptionsWithEveryText() {
    t.enqueue(
        200,
        "{\"@adminapi.errors\":[{\"ErrorId\":\"E1\",\"ExceptionType\":\"System.ArgumentException\","
            + "\"Message\":\"first bad\"},{\"Message\":\"second bad\"}],\"value\":[]}");

    ExchangeException e = failureOf("Set-Mailbox");

    assertThat(e).isInstanceOf(InvalidRequestException.class);
    assertThat(e.getMessage()).contains("first bad").contains("second bad").contains("2 errors");
  }

  @Test
  void mapsA401ToAuthentication() {
    t.enqueue(401, "");
    t.enqueue(401, "");

    assertThat(failureOf("Get-Mailbox")).isInstanceOf(AuthenticationException.class);
  }
}

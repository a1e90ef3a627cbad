package dev.exchangesdk.ews.internal.transport;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.ThrottledException;
import dev.exchangesdk.core.internal.http.Redaction;
import dev.exchangesdk.ews.InvalidSyncStateException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Turns an EWS response code (from a response message or a SOAP fault) into the SDK's exception.
 * The server's code stays in {@link ExchangeException#errorCode()} and its text in the message.
 */
public final class EwsErrors {
  /** Codes that mean "too much at once": retried after the server's back-off. */
  private static final Set<String> THROTTLING =
      Set.of(
          "ErrorServerBusy",
          "ErrorTooManyObjectsOpened",
          "ErrorExceededConnectionCount",
          "ErrorExceededSubscriptionCount");

  /** Codes that pass by themselves: retried with back-off. */
  private static final Set<String> TRANSIENT =
      Set.of(
          "ErrorInternalServerTransientError",
          "ErrorTimeoutExpired",
          "ErrorMailboxStoreUnavailable",
          "ErrorMailboxMoveInProgress",
          "ErrorConnectionFailed",
          "ErrorServerTemporaryUnavailable");

  private static final Set<String> NOT_FOUND =
      Set.of("ErrorNonExistentMailbox", "ErrorNameResolutionNoResults", "ErrorMailboxNotFound");

  private static final Set<String> ACCESS_DENIED =
      Set.of(
          "ErrorAccessDenied",
          "ErrorImpersonateUserDenied",
          "ErrorImpersonationDenied",
          "ErrorImpersonationFailed",
          "ErrorProxyRequestNotAllowed",
          "ErrorSendAsDenied",
          "ErrorUserNotAllowedByPolicy",
          "ErrorAccountDisabled");

  private static final Set<String> INVALID =
      Set.of(
          "ErrorSchemaValidation",
          "ErrorIncorrectSchemaVersion",
          "ErrorQueryFilterTooLong",
          "ErrorUnsupportedQueryFilter",
          "ErrorUnsupportedPathForQuery",
          "ErrorUnsupportedPathForSortGroup",
          "ErrorCannotUseFolderIdForItemId",
          "ErrorCannotUseItemIdForFolderId",
          "ErrorExceededFindCountLimit",
          "ErrorMissingArgument",
          "ErrorNotSupported",
          "ErrorUnsupportedMimeConversion");

  private EwsErrors() {}

  /** Whether a failed message with this code should make the whole call be repeated. */
  public static boolean isRetryable(String code) {
    return code != null && (THROTTLING.contains(code) || TRANSIENT.contains(code));
  }

  /**
   * The exception for a failed response message.
   *
   * @param subject what the message was about, e.g. {@code "item AAMk..."}, or {@code null}
   */
  public static ExchangeException forStatus(
      ResponseStatus status, ReadContext ctx, String subject) {
    return forCode(
        status.code(),
        status.messageText(),
        status.messageXml(),
        ctx.operation(),
        ctx.mailbox(),
        subject,
        ctx.httpStatus(),
        ctx.requestId());
  }

  static ExchangeException forCode(
      String code,
      String messageText,
      Map<String, String> details,
      String operation,
      String mailbox,
      String subject,
      int httpStatus,
      String requestId) {
    String c = code == null || code.isBlank() ? "UnknownError" : code.strip();
    String message = describe(c, messageText, details, operation, mailbox, subject);
    if (THROTTLING.contains(c)) {
      return new ThrottledException(message, httpStatus, c, requestId, backOff(details));
    }
    if (TRANSIENT.contains(c)) {
      return new ServiceUnavailableException(
          message, httpStatus, c, requestId, backOff(details), null);
    }
    if ("ErrorInvalidSyncStateData".equals(c)) {
      return new InvalidSyncStateException(message, httpStatus, c, requestId);
    }
    if (ACCESS_DENIED.contains(c)) {
      return new AccessDeniedException(
          message,
          httpStatus,
          c,
          requestId,
          "the full_access_as_app application permission, and an application access policy or"
              + " RBAC for Applications scope that includes the mailbox",
          null);
    }
    if (NOT_FOUND.contains(c) || c.endsWith("NotFound")) {
      return new NotFoundException(message, httpStatus, c, requestId, null);
    }
    if (INVALID.contains(c) || c.startsWith("ErrorInvalid")) {
      return new InvalidRequestException(message, httpStatus, c, requestId, null);
    }
    return new ExchangeException(message, httpStatus, c, requestId, null);
  }

  private static String describe(
      String code,
      String messageText,
      Map<String, String> details,
      String operation,
      String mailbox,
      String subject) {
    StringBuilder s = new StringBuilder("EWS ").append(operation);
    if (subject != null) {
      s.append(" (").append(subject).append(')');
    }
    if (mailbox != null) {
      s.append(" in mailbox ").append(mailbox);
    }
    s.append(" failed with ").append(code);
    if (messageText != null && !messageText.isBlank()) {
      s.append(": ").append(Redaction.oneLine(messageText, 500));
    }
    String inner = details.get("InnerErrorResponseCode");
    if (inner != null) {
      s.append(" (inner error ").append(inner);
      String innerText = details.get("InnerErrorMessageText");
      if (innerText != null) {
        s.append(": ").append(Redaction.oneLine(innerText, 300));
      }
      s.append(')');
    }
    return s.toString();
  }

  /** {@code BackOffMilliseconds} from the message details, or {@code null}. */
  static Duration backOff(Map<String, String> details) {
    String v = details.get("BackOffMilliseconds");
    if (v == null) {
      return null;
    }
    try {
      long ms = Long.parseLong(v.strip());
      return ms >= 0 ? Duration.ofMillis(ms) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

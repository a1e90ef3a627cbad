package dev.exchangesdk.testkit.internal.ews;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An EWS error for one response message: the {@code ResponseCode}, the {@code MessageText} and the
 * optional {@code MessageXml} name/value pairs. Thrown inside an operation, it becomes an error
 * response message for the item (or request) at hand, never a failure of the whole batch.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class EwsError extends Exception {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final String fieldUri;

  public EwsError(String code, String text) {
    this(code, text, null);
  }

  private EwsError(String code, String text, String fieldUri) {
    super(text, null, false, false);
    this.code = code;
    this.fieldUri = fieldUri;
  }

  public String code() {
    return code;
  }

  public Map<String, String> values() {
    return values;
  }

  /** The FieldURI a property error names in MessageXml, or null. */
  public String fieldUri() {
    return fieldUri;
  }

  public EwsError with(String name, String value) {
    values.put(name, value);
    return this;
  }

  public static EwsError itemNotFound() {
    return new EwsError("ErrorItemNotFound", "The specified object was not found in the store.");
  }

  public static EwsError malformedId() {
    return new EwsError("ErrorInvalidIdMalformed", "Id is malformed.");
  }

  public static EwsError folderNotFound() {
    return new EwsError(
        "ErrorFolderNotFound", "The specified folder could not be found in the store.");
  }

  public static EwsError nonExistentMailbox(String address) {
    return new EwsError(
            "ErrorNonExistentMailbox", "The SMTP address has no mailbox associated with it.")
        .with("SmtpAddress", address);
  }

  public static EwsError invalidProperty(String fieldUri) {
    return new EwsError(
        "ErrorInvalidPropertyRequest", "The property isn't valid for this object type.", fieldUri);
  }

  public static EwsError unsupportedPath(String fieldUri) {
    return new EwsError(
        "ErrorUnsupportedPathForQuery",
        "The property can not be used with this type of restriction.",
        fieldUri);
  }

  public static EwsError invalidRequest(String text) {
    return new EwsError("ErrorInvalidRequest", text);
  }

  public static EwsError serverBusy(long backOffMillis) {
    return new EwsError(
            "ErrorServerBusy", "The server cannot service this request right now. Try again later.")
        .with("Policy", "MaxConcurrency")
        .with(
            "ErrorMessage",
            "This operation exceeds the throttling budget for policy part 'MaxConcurrency', policy value '27',  Budget type: 'Ews'.  Suggested backoff time "
                + backOffMillis
                + " ms.")
        .with("BackOffMilliseconds", Long.toString(backOffMillis));
  }
}

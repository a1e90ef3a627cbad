package dev.exchangesdk.testkit.internal.cmdlet;

/**
 * A cmdlet failure as the admin API reports it: HTTP status, OData error code, the error id and
 * .NET exception type that {@code details[0].message} carries as {@code id|type|text}, and text.
 *
 * <p>Immutable and thread-safe.
 */
public final class CmdletException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String errorId;
  private final String exceptionType;
  private final boolean withDetails;

  public CmdletException(
      int status,
      String code,
      String errorId,
      String exceptionType,
      String text,
      boolean withDetails) {
    super(text, null, false, false);
    this.status = status;
    this.code = code;
    this.errorId = errorId;
    this.exceptionType = exceptionType;
    this.withDetails = withDetails;
  }

  /** A ManagementObjectNotFoundException (HTTP 404), the shape Get/Set/Remove use. */
  public static CmdletException notFound(String identity) {
    return new CmdletException(
        404,
        "NotFound",
        "Ex6F9304",
        "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException",
        "The operation couldn't be performed because object '"
            + identity
            + "' couldn't be found on 'PH0PR11A01DC001.NAMPR11A001.PROD.OUTLOOK.COM'.",
        true);
  }

  /** An invalid argument (HTTP 400, ArgumentException family). */
  public static CmdletException invalid(String exceptionType, String text) {
    return new CmdletException(400, "BadRequest", "", exceptionType, text, true);
  }

  /**
   * The PowerShell parameter binder's refusal of a combination of parameters (HTTP 400, {@code
   * AmbiguousParameterSetException}); {@code detail} says which parameters clash.
   */
  public static CmdletException ambiguousParameterSet(String detail) {
    return invalid(
        "Microsoft.Exchange.AdminApi.CommandInvocation.AmbiguousParameterSetException",
        "Parameter set cannot be resolved using the specified named parameters. " + detail);
  }

  /** A task-level validation failure (HTTP 400, {@code TaskArgumentException}). */
  public static CmdletException argument(String text) {
    return new CmdletException(
        400,
        "BadRequest",
        "Ex" + Integer.toHexString(text.hashCode() & 0xFFFFFF).toUpperCase(java.util.Locale.ROOT),
        "Microsoft.Exchange.Configuration.Tasks.TaskArgumentException",
        text,
        true);
  }

  /** A conflict with an existing object (HTTP 400, as the service answers duplicates). */
  public static CmdletException duplicate(String text) {
    return new CmdletException(
        400,
        "BadRequest",
        "Ex9A2B3C",
        "Microsoft.Exchange.Management.Tasks.ManagementObjectAlreadyExistsException",
        text,
        true);
  }

  /** A failure of the OData layer itself (bad body, bad skip token), HTTP 400 without details. */
  public static CmdletException odata(String text) {
    return new CmdletException(
        400,
        "BadRequest",
        "",
        "Microsoft.Exchange.Admin.OData.Core.ODataServiceException",
        text,
        false);
  }

  /** The OData layer's not-found (an unknown tenant in the path), HTTP 404 without details. */
  public static CmdletException odataNotFound(String text) {
    return new CmdletException(
        404,
        "NotFound",
        "",
        "Microsoft.Exchange.Admin.OData.Core.ODataServiceException",
        text,
        false);
  }

  /** Parameter value that cannot be converted (no details, like the captured sample). */
  public static CmdletException transformation(
      String parameter, Object value, String type, String error) {
    return new CmdletException(
        400,
        "BadRequest",
        "",
        "Microsoft.Exchange.AdminApi.CommandInvocation.ParameterTransformationException",
        "Cannot process argument transformation on parameter '"
            + parameter
            + "'. Cannot convert value \""
            + value
            + "\" to type \""
            + type
            + "\". Error: \""
            + error
            + "\"",
        false);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String errorId() {
    return errorId;
  }

  public String exceptionType() {
    return exceptionType;
  }

  public boolean withDetails() {
    return withDetails;
  }
}

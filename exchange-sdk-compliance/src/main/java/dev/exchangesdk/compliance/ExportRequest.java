package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.internal.Inputs;
import java.util.Map;

/**
 * Options of an export action ({@code New-ComplianceSearchAction -Export}).
 *
 * @deprecated Microsoft retired PowerShell exports for Exchange Online in May 2025: the service
 *     refuses them with {@link ComplianceOperationNotAllowedException} ({@code ON_PREMISES_ONLY}).
 *     Export from Microsoft Purview eDiscovery (portal or Graph) instead. Kept for on-premises
 *     compatible endpoints. Immutable and thread-safe; the builder is not.
 */
@Deprecated
public final class ExportRequest {
  private final Map<String, Object> parameters;

  private ExportRequest(Map<String, Object> parameters) {
    this.parameters = parameters;
  }

  public static Builder builder() {
    return new Builder();
  }

  Map<String, Object> parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "ExportRequest" + parameters.keySet();
  }

  /** Builds an {@link ExportRequest}; values are the cmdlet's, e.g. {@code PerUserZip}. */
  public static final class Builder {
    private final CmdletParameters p = new CmdletParameters();

    private Builder() {}

    /** {@code IndividualMessage}, {@code PerUserZip} or {@code SingleZip}. */
    public Builder sharePointArchiveFormat(String format) {
      p.put("SharePointArchiveFormat", Inputs.name("SharePoint archive format", format));
      return this;
    }

    /** {@code FxStream}, {@code Mime} or {@code Msg}. */
    public Builder format(String format) {
      p.put("Format", Inputs.name("export format", format));
      return this;
    }

    public Builder includeSharePointDocumentVersions(boolean include) {
      p.put("IncludeSharePointDocumentVersions", include);
      return this;
    }

    public Builder notifyEmail(String address) {
      p.put("NotifyEmail", Inputs.name("notify email", address));
      return this;
    }

    public Builder notifyEmailCc(String address) {
      p.put("NotifyEmailCC", Inputs.name("notify email CC", address));
      return this;
    }

    /** E.g. {@code General}, {@code AnalyzeWithZoom}, {@code RetentionReports}. */
    public Builder scenario(String scenario) {
      p.put("Scenario", Inputs.name("export scenario", scenario));
      return this;
    }

    /**
     * {@code IndexedItemsOnly}, {@code UnindexedItemsOnly} or {@code BothIndexedAndUnindexedItems}.
     */
    public Builder scope(String scope) {
      p.put("Scope", Inputs.name("export scope", scope));
      return this;
    }

    public ExportRequest build() {
      return new ExportRequest(p.freeze());
    }
  }
}

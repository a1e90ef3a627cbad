package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.internal.Inputs;
import dev.exchangesdk.compliance.model.CaseType;
import java.util.Objects;
import java.util.Optional;

/**
 * A compliance case to create ({@code New-ComplianceCase}): its name, type ({@code eDiscovery}
 * unless set), description and external id. Immutable and thread-safe; the builder is not.
 */
public final class NewCaseRequest {
  private final String name;
  private final CaseType caseType;
  private final String description;
  private final String externalId;

  private NewCaseRequest(Builder b) {
    this.name = b.name;
    this.caseType = b.caseType;
    this.description = b.description;
    this.externalId = b.externalId;
  }

  /** A case named {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  public CaseType caseType() {
    return caseType;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Optional<String> externalId() {
    return Optional.ofNullable(externalId);
  }

  @Override
  public String toString() {
    return "NewCaseRequest{name=" + name + ", type=" + caseType + '}';
  }

  /** Builds a {@link NewCaseRequest}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private CaseType caseType = CaseType.EDISCOVERY;
    private String description;
    private String externalId;

    private Builder(String name) {
      this.name = Inputs.name("case name", name);
    }

    public Builder caseType(CaseType caseType) {
      this.caseType = Objects.requireNonNull(caseType, "caseType");
      return this;
    }

    public Builder description(String description) {
      this.description = Inputs.optionalText("description", description);
      return this;
    }

    /** Your own reference for the case, e.g. a ticket number. */
    public Builder externalId(String externalId) {
      this.externalId = Inputs.name("external id", externalId);
      return this;
    }

    public NewCaseRequest build() {
      return new NewCaseRequest(this);
    }
  }
}

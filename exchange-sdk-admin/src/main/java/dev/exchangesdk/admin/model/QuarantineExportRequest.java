package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import dev.exchangesdk.core.InvalidRequestException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Quarantined messages to export ({@code Export-QuarantineMessage}).
 *
 * <p>The password protects the exported file; it is sent as {@code PasswordV2} (the cmdlet's
 * plain-text form of the SecureString {@code -Password}), never logged, and left out of {@link
 * #toString()}. Microsoft documents no dependency between the password, the reason and {@code
 * CompressOutput}, so none is enforced here: the service decides. Immutable and thread-safe; the
 * builder is not.
 *
 * @param identities the messages ({@code GUID1\GUID2}), at least one
 * @param compressOutput export as a .zip
 * @param entityType {@code Email}, {@code SharePointOnline}, {@code Teams}, {@code
 *     DataLossPrevention}, or null
 * @param forceConversionToMime convert plain-text messages to MIME
 * @param password the file's password, or null
 * @param reasonForExport why the messages are exported, or null
 * @param recipientAddress only the copy of this recipient, or null
 */
public record QuarantineExportRequest(
    List<String> identities,
    boolean compressOutput,
    String entityType,
    boolean forceConversionToMime,
    char[] password,
    String reasonForExport,
    String recipientAddress) {
  public QuarantineExportRequest {
    identities = Immutable.list(identities);
    if (identities.isEmpty() || identities.stream().anyMatch(String::isBlank)) {
      throw new InvalidRequestException("At least one quarantine identity is required");
    }
    password = password == null ? null : password.clone();
  }

  public static Builder builder(String... identities) {
    return new Builder(List.of(identities));
  }

  /** A copy of the password, or null. */
  @Override
  public char[] password() {
    return password == null ? null : password.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuarantineExportRequest r
        && identities.equals(r.identities)
        && compressOutput == r.compressOutput
        && Objects.equals(entityType, r.entityType)
        && forceConversionToMime == r.forceConversionToMime
        && Arrays.equals(password, r.password)
        && Objects.equals(reasonForExport, r.reasonForExport)
        && Objects.equals(recipientAddress, r.recipientAddress);
  }

  @Override
  public int hashCode() {
    return identities.hashCode();
  }

  @Override
  public String toString() {
    return "QuarantineExportRequest{identities="
        + identities
        + ", compressOutput="
        + compressOutput
        + ", entityType="
        + entityType
        + ", forceConversionToMime="
        + forceConversionToMime
        + ", password="
        + (password == null ? "none" : "<redacted>")
        + ", reasonForExport="
        + reasonForExport
        + ", recipientAddress="
        + recipientAddress
        + '}';
  }

  /** Builds a {@link QuarantineExportRequest}. Not thread-safe. */
  public static final class Builder {
    private final List<String> identities;
    private boolean compressOutput;
    private String entityType;
    private boolean forceConversionToMime;
    private char[] password;
    private String reasonForExport;
    private String recipientAddress;

    private Builder(List<String> identities) {
      this.identities = identities;
    }

    public Builder compressOutput(boolean compressOutput) {
      this.compressOutput = compressOutput;
      return this;
    }

    public Builder entityType(String entityType) {
      this.entityType = entityType;
      return this;
    }

    public Builder forceConversionToMime(boolean force) {
      this.forceConversionToMime = force;
      return this;
    }

    /** The exported file's password (copied; clear your array afterwards). */
    public Builder password(char[] password) {
      this.password = password == null ? null : password.clone();
      return this;
    }

    public Builder reasonForExport(String reason) {
      this.reasonForExport = reason;
      return this;
    }

    public Builder recipientAddress(String recipientAddress) {
      this.recipientAddress = recipientAddress;
      return this;
    }

    public QuarantineExportRequest build() {
      return new QuarantineExportRequest(
          identities,
          compressOutput,
          entityType,
          forceConversionToMime,
          password,
          reasonForExport,
          recipientAddress);
    }
  }
}

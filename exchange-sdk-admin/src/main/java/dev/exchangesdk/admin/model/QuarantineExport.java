package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One exported quarantined message ({@code Export-QuarantineMessage}): the .eml bytes, already
 * decoded from the service's Base64 (a .zip when the export was compressed; for files quarantined
 * by Safe Attachments for SharePoint, OneDrive and Teams, the file). Immutable and thread-safe:
 * {@link #eml()} returns a copy.
 *
 * @param identity the quarantine identity
 * @param eml the message bytes
 * @param bodyEncoding how the service encoded them (usually {@code Base64})
 * @param organization the organization
 * @param raw every other property the service returned (the Base64 text itself is left out)
 */
public record QuarantineExport(
    String identity,
    byte[] eml,
    String bodyEncoding,
    String organization,
    Map<String, Object> raw) {
  public QuarantineExport {
    eml = eml == null ? new byte[0] : eml.clone();
    raw = Immutable.map(raw);
  }

  /** A copy of the message bytes. */
  @Override
  public byte[] eml() {
    return eml.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuarantineExport e
        && Objects.equals(identity, e.identity)
        && Arrays.equals(eml, e.eml)
        && Objects.equals(bodyEncoding, e.bodyEncoding)
        && Objects.equals(organization, e.organization)
        && raw.equals(e.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(identity, Arrays.hashCode(eml), bodyEncoding);
  }

  @Override
  public String toString() {
    return "QuarantineExport{identity=" + identity + ", eml=" + eml.length + " bytes}";
  }
}

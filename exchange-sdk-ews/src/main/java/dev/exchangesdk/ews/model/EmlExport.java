package dev.exchangesdk.ews.model;

import java.util.List;

/**
 * An item (or attached item) written as an RFC 5322 {@code .eml} message.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the item or attachment id exported
 * @param subject the subject, or {@code null}
 * @param size the bytes written
 * @param sha256 the SHA-256 of the bytes written, lower-case hex
 * @param addedHeaders the names of item headers that were missing from the server's MIME and were
 *     added to the written message
 */
public record EmlExport(
    String id, String subject, long size, String sha256, List<String> addedHeaders) {

  public EmlExport {
    addedHeaders = List.copyOf(addedHeaders);
  }

  /** A file name from the subject ({@code <subject>.eml}), or {@code untitled.eml}. */
  public String fileName() {
    if (subject == null || subject.isBlank()) {
      return "untitled.eml";
    }
    String safe = subject.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    if (safe.length() > 200) {
      safe = safe.substring(0, 200);
    }
    return safe + ".eml";
  }
}

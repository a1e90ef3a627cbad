package dev.exchangesdk.ews.model;

import java.util.List;

/**
 * The entries a name resolved to. No match is an empty result, not an error.
 *
 * <p>Immutable and thread-safe.
 *
 * @param matches the entries, best first (at most 100)
 * @param ambiguous whether the server warned that the name matched more than one entry ({@code
 *     ErrorNameResolutionMultipleResults})
 * @param warning the server's warning text, or {@code null}
 * @param complete whether every match was returned ({@code IncludesLastItemInRange})
 */
public record NameResolution(
    List<ResolvedName> matches, boolean ambiguous, String warning, boolean complete) {

  public NameResolution {
    matches = List.copyOf(matches);
  }

  /** No match. */
  public static NameResolution none() {
    return new NameResolution(List.of(), false, null, true);
  }

  /**
   * One match.
   *
   * @param recipient the mailbox, group or contact
   * @param contact its contact data, when asked for and available, else {@code null}
   */
  public record ResolvedName(Recipient recipient, Contact contact) {}
}

package dev.exchangesdk.compliance.model;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One item of a preview action's results: where it is, who sent it, its subject and a link to its
 * content. Immutable and thread-safe.
 *
 * @param location the mailbox or site holding the item
 * @param sender the sender as the service printed it (a display name or an address)
 * @param subject the subject, verbatim (it may contain {@code ;} and {@code ,})
 * @param type the item type, e.g. {@code Email}
 * @param size the size the service printed, when it was a number
 * @param receivedTime the received time read from {@link #receivedTimeText()}; the service prints
 *     it without a zone, in US format ({@code 5/14/2020 6:45:31 PM})
 * @param receivedTimeText the received time exactly as printed
 * @param dataLink the service's link to the item's content
 */
public record PreviewItem(
    String location,
    String sender,
    String subject,
    String type,
    OptionalLong size,
    Optional<LocalDateTime> receivedTime,
    String receivedTimeText,
    String dataLink) {
  public PreviewItem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(receivedTime, "receivedTime");
    Objects.requireNonNull(receivedTimeText, "receivedTimeText");
    Objects.requireNonNull(dataLink, "dataLink");
  }
}

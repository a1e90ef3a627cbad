package dev.exchangesdk.admin.model;

/**
 * What the caller may do with a quarantined message (the {@code PermissionTo*} properties). They
 * describe the permissions of whoever ran the query, not what the message's recipients may do.
 * Immutable and thread-safe.
 *
 * @param allowSender may allow the sender
 * @param blockSender may block the sender
 * @param delete may delete the message
 * @param download may download it
 * @param preview may preview it
 * @param release may release it
 * @param requestRelease may request its release
 * @param viewHeader may view its header
 */
public record QuarantinePermissions(
    boolean allowSender,
    boolean blockSender,
    boolean delete,
    boolean download,
    boolean preview,
    boolean release,
    boolean requestRelease,
    boolean viewHeader) {}

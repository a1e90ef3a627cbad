package dev.exchangesdk.ews.internal.transport;

import java.util.concurrent.Semaphore;

/**
 * The target mailbox of a call: its SMTP address (impersonation header and {@code X-AnchorMailbox})
 * and the permits that bound the calls in flight against it.
 */
public record MailboxContext(String address, Semaphore permits) {}

package dev.exchangesdk.ews.model;

import java.util.List;

/**
 * What sending a mail or a reply did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path how it was sent
 * @param subject the subject sent (a reply's computed subject included)
 * @param attachments the attachments sent, inline images included
 * @param inlineImageContentIds the content ids given to {@code data:} images of the HTML body, in
 *     order of appearance
 */
public record SendResult(
    Path path, String subject, int attachments, List<String> inlineImageContentIds) {

  public SendResult {
    inlineImageContentIds = List.copyOf(inlineImageContentIds);
  }

  /** How the mail went out. */
  public enum Path {
    /** One CreateItem that sent it (with its attachments). */
    SINGLE_REQUEST,
    /**
     * A draft was saved, its attachments (and for replies, its importance, reply-to and headers)
     * added, then the draft sent: older servers cannot send attachments in one request, and a reply
     * cannot carry them in its first request.
     */
    DRAFT_THEN_SEND
  }
}

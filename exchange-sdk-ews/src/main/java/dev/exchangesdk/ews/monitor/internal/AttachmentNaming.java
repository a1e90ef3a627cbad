package dev.exchangesdk.ews.monitor.internal;

import dev.exchangesdk.ews.model.AttachmentInfo;
import java.util.Locale;

/**
 * The name an attachment is delivered under (PARITY 3.6): inline attachments with a content id are
 * named {@code <content-id>-attachmentName-<name>} so inline images can be told apart (unless
 * legacy naming is on); attached mails get {@code .eml}; nameless ones {@value #UNTITLED}.
 * Stateless and thread-safe.
 */
public final class AttachmentNaming {
  /** The name of an attachment without one (the pack said {@code demisto_untitled_attachment}). */
  public static final String UNTITLED = "untitled_attachment";

  private AttachmentNaming() {}

  public static String name(AttachmentInfo a, boolean legacy) {
    String base = a.name() == null || a.name().isBlank() ? UNTITLED : a.name().strip();
    if (a.kind() == AttachmentInfo.Kind.ITEM) {
      return base.toLowerCase(Locale.ROOT).endsWith(".eml") ? base : base + ".eml";
    }
    String cid = contentId(a.contentId());
    if (!legacy && a.inline() && cid != null) {
      return cid + "-attachmentName-" + base;
    }
    return base;
  }

  /** The content id without the angle brackets some senders put around it. */
  private static String contentId(String cid) {
    if (cid == null) {
      return null;
    }
    String c = cid.strip();
    if (c.startsWith("<") && c.endsWith(">")) {
      c = c.substring(1, c.length() - 1).strip();
    }
    return c.isEmpty() ? null : c;
  }
}

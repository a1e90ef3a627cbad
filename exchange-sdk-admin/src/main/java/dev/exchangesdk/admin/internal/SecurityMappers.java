package dev.exchangesdk.admin.internal;

import dev.exchangesdk.admin.model.AllowBlockListEntry;
import dev.exchangesdk.admin.model.QuarantineExport;
import dev.exchangesdk.admin.model.QuarantinePermissions;
import dev.exchangesdk.admin.model.QuarantinedMessage;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.internal.cmdlet.CmdletObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Builds the Tenant Allow/Block List and quarantine model records from cmdlet output. */
public final class SecurityMappers {
  private SecurityMappers() {}

  public static AllowBlockListEntry allowBlockEntry(CmdletObject o) {
    return new AllowBlockListEntry(
        o.string("Identity"),
        o.string("Value"),
        o.string("Action"),
        o.string("ListSubType"),
        o.string("Notes"),
        o.instant("ExpirationDate"),
        o.instant("LastModifiedDateTime"),
        o.string("ModifiedBy"),
        o.string("ObjectState"),
        o.string("SubmissionID"),
        o.bool("SysManaged"),
        o.string("EntryValueHash"),
        blankToNull(o.string("Error")),
        o.asMap());
  }

  /** The service writes {@code ""} as well as {@code null} for "no error". */
  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public static QuarantinedMessage quarantinedMessage(CmdletObject o) {
    return new QuarantinedMessage(
        o.string("Identity"),
        o.string("MessageId"),
        o.string("SenderAddress"),
        o.strings("RecipientAddress"),
        o.intValue("RecipientCount"),
        o.string("Subject"),
        o.instant("ReceivedTime"),
        o.instant("Expires"),
        o.string("Direction"),
        o.string("EntityType"),
        o.string("Type"),
        o.strings("QuarantineTypes"),
        o.string("PolicyName"),
        o.string("PolicyType"),
        o.string("ReleaseStatus"),
        o.bool("Released"),
        o.strings("ReleasedBy"),
        o.intValue("ReleasedCount"),
        o.bool("Reported"),
        o.longValue("Size"),
        o.bool("SystemReleased"),
        o.string("TagName"),
        new QuarantinePermissions(
            o.bool("PermissionToAllowSender", false),
            o.bool("PermissionToBlockSender", false),
            o.bool("PermissionToDelete", false),
            o.bool("PermissionToDownload", false),
            o.bool("PermissionToPreview", false),
            o.bool("PermissionToRelease", false),
            o.bool("PermissionToRequestRelease", false),
            o.bool("PermissionToViewHeader", false)),
        o.asMap());
  }

  /**
   * An exported message: {@code Eml} is decoded from Base64 when {@code BodyEncoding} says so (the
   * usual case), else taken as UTF-8 text.
   */
  public static QuarantineExport quarantineExport(CmdletObject o) {
    String encoding = o.string("BodyEncoding");
    String eml = o.string("Eml");
    byte[] content;
    if (eml == null) {
      content = new byte[0];
    } else if (encoding == null || encoding.toLowerCase(Locale.ROOT).contains("base64")) {
      try {
        content = Base64.getMimeDecoder().decode(eml);
      } catch (IllegalArgumentException e) {
        throw new ResponseFormatException(
            "Export-QuarantineMessage returned an Eml value that is not Base64 for "
                + o.string("Identity"),
            e);
      }
    } else {
      content = eml.getBytes(StandardCharsets.UTF_8);
    }
    return new QuarantineExport(
        o.string("Identity"), content, encoding, o.string("Organization"), withoutEml(o));
  }

  /** The raw properties without the (large) Base64 text, which {@code eml()} already holds. */
  private static Map<String, Object> withoutEml(CmdletObject o) {
    Map<String, Object> m = new LinkedHashMap<>(o.asMap());
    m.remove("Eml");
    return m;
  }
}

package dev.exchangesdk.compliance.internal;

import dev.exchangesdk.core.internal.cmdlet.CmdletPermissionHint;
import java.util.Locale;

/**
 * The Microsoft Purview roles each compliance cmdlet needs, for access-denied messages. Stateless
 * and thread-safe.
 */
public final class ComplianceRoles {
  /** What purges need. */
  static final String PURGE =
      "the Search And Purge role (Organization Management role group in Microsoft Purview, or a"
          + " custom role group with Search And Purge) in addition to Compliance Search";

  private static final String APP =
      " (an app also needs the Exchange.ManageAsApp application permission, which Security &"
          + " Compliance expects on the Microsoft Exchange Online Protection API)";

  private ComplianceRoles() {}

  /** The hint the cmdlet transport uses for bare 403 refusals. */
  public static CmdletPermissionHint hint() {
    return ComplianceRoles::forCmdlet;
  }

  /** A short phrase naming the role group(s) that grant {@code cmdlet}. */
  public static String forCmdlet(String cmdlet) {
    String c = cmdlet.toLowerCase(Locale.ROOT);
    if (c.contains("compliancesearchaction")) {
      return "the Compliance Search role (eDiscovery Manager or Compliance Administrator role"
          + " group) and, for purges, "
          + PURGE
          + APP;
    }
    if (c.contains("compliancesearch")) {
      return "the Compliance Search role (eDiscovery Manager or Compliance Administrator role"
          + " group in Microsoft Purview)"
          + APP;
    }
    if (c.contains("compliancecase")) {
      return "the Case Management role (eDiscovery Manager, as a member of the case, or"
          + " eDiscovery Administrator)"
          + APP;
    }
    if (c.contains("casehold")) {
      return "the Hold and Case Management roles (eDiscovery Manager or eDiscovery"
          + " Administrator)"
          + APP;
    }
    return "a Microsoft Purview role group that can run "
        + cmdlet
        + ", such as Compliance"
        + " Administrator"
        + APP;
  }
}

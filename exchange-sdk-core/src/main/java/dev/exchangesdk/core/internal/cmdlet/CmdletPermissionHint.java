package dev.exchangesdk.core.internal.cmdlet;

import java.util.Locale;

/**
 * Names the permission or role an app most likely lacks when the service refuses a cmdlet with a
 * bare HTTP 403 (the admin API sends an empty or NUL-filled body for missing RBAC). Each client
 * plugs in the advice for its service. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CmdletPermissionHint {

  /** A short phrase for {@code AccessDeniedException.missingPermission()}. */
  String missingPermission(String cmdletName);

  /** Exchange Online admin cmdlets (the ExchangeOnlineManagement module's endpoint). */
  static CmdletPermissionHint exchangeOnline() {
    return cmdlet -> {
      String lower = cmdlet.toLowerCase(Locale.ROOT);
      if (lower.contains("tenantallowblocklist")) {
        return "the Exchange.ManageAsApp application permission and the Exchange Administrator"
            + " role (Security Administrator does not cover the Tenant Allow/Block List)";
      }
      if (CmdletRequest.isRead(cmdlet)) {
        return "the Exchange.ManageAsApp application permission and an Entra role that can run "
            + cmdlet
            + ", such as Exchange Administrator (Global Reader for read-only access)";
      }
      return "the Exchange.ManageAsApp application permission and an Entra role that can run "
          + cmdlet
          + ", such as Exchange Administrator";
    };
  }
}

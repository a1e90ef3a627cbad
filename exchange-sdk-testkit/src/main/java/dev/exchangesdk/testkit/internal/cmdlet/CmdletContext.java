package dev.exchangesdk.testkit.internal.cmdlet;

import dev.exchangesdk.testkit.internal.auth.IdentityPlatform;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Tenant;
import java.time.Instant;

/**
 * Everything a cmdlet body needs: its parameters, the tenant, the caller and the time.
 *
 * <p>Not thread-safe: one per call, used under the tenant lock.
 */
public final class CmdletContext {
  public final String cmdletName;
  public final Params params;
  public final Tenant tenant;
  public final IdentityPlatform.Principal principal;

  public CmdletContext(
      String cmdletName, Params params, Tenant tenant, IdentityPlatform.Principal principal) {
    this.cmdletName = cmdletName;
    this.params = params;
    this.tenant = tenant;
    this.principal = principal;
  }

  public Instant now() {
    return tenant.now();
  }

  /** Who the service records as the actor: the app id, or a fixed admin for fixed tokens. */
  public String actor() {
    return principal.appId() != null ? principal.appId() : "admin@" + tenant.domain;
  }

  /** The mailbox a required identity parameter names, or the service's not-found error. */
  public Mailbox mailbox(String parameter) throws CmdletException {
    String identity = params.requiredString(parameter);
    Mailbox m = tenant.findMailbox(identity);
    if (m == null) {
      throw CmdletException.notFound(identity);
    }
    return m;
  }
}

package dev.exchangesdk.core.internal.auth;

/**
 * One-line advice for the Microsoft Entra (AADSTS) errors app-only certificate authentication runs
 * into. Codes and meanings: Microsoft's "Microsoft Entra authentication and authorization error
 * codes" reference and https://login.microsoftonline.com/error.
 */
final class AadstsHints {
  private AadstsHints() {}

  /** The hint for an {@code AADSTS...} code, or {@code null} when there is none. */
  static String hint(String code, AppIdentity app) {
    if (code == null) {
      return null;
    }
    switch (code) {
      case "AADSTS700027":
        return "The app registration does not hold this certificate (thumbprint "
            + app.thumbprint()
            + "), or the thumbprint does not match: upload its public certificate (.cer) under"
            + " Certificates & secrets of app "
            + app.clientId()
            + ", or configure the certificate that is registered there.";
      case "AADSTS7000274":
        return "Microsoft Entra ID could not validate the client assertion signed with certificate "
            + app.thumbprint()
            + ": check that the certificate is within its validity period and that the .cer"
            + " registered on the app belongs to this private key.";
      case "AADSTS700024":
        return "The client assertion is outside its valid time range: this machine's clock is"
            + " probably wrong; synchronise it (NTP).";
      case "AADSTS1000502":
        return "The certificate is outside its validity period: create a new certificate and"
            + " register its .cer on the app.";
      case "AADSTS7000214":
      case "AADSTS7000277":
        return "The certificate has been revoked: create a new certificate and register its .cer"
            + " on the app.";
      case "AADSTS700016":
        return "Application "
            + app.clientId()
            + " was not found in tenant "
            + app.tenant()
            + ": check the client (application) id, that the app is registered in (or consented"
            + " to by) this tenant, and the cloud ("
            + app.cloud()
            + ").";
      case "AADSTS90002":
        return "Tenant "
            + app.tenant()
            + " was not found: check the tenant (initial domain such as contoso.onmicrosoft.com,"
            + " or the directory GUID) and the cloud ("
            + app.cloud()
            + ").";
      case "AADSTS900023":
        return "'"
            + app.tenant()
            + "' is not a valid tenant: use the initial domain (contoso.onmicrosoft.com) or the"
            + " directory (tenant) GUID.";
      case "AADSTS7000215":
        return "Microsoft Entra ID rejected the client credential: check that the application id"
            + " is the app that holds this certificate (a client secret is not used here).";
      case "AADSTS7000222":
        return "The client secret has expired: create a new one, or authenticate with a"
            + " certificate.";
      case "AADSTS700025":
        return "The app is registered as a public client: turn off 'Allow public client flows' on"
            + " the app registration's Authentication page.";
      case "AADSTS7000112":
        return "The application is disabled in the tenant: an administrator must enable its"
            + " enterprise application (service principal).";
      case "AADSTS500011":
        return "The resource of the scope was not found in the tenant: check the scope and the"
            + " cloud ("
            + app.cloud()
            + "), and that the tenant has Exchange Online.";
      case "AADSTS70011":
      case "AADSTS1002012":
        return "The scope is not valid: app-only tokens need a resource scope ending in /.default,"
            + " e.g. https://outlook.office365.com/.default.";
      case "AADSTS53003":
        return "A Conditional Access policy for workload identities blocked the token: check the"
            + " app's service principal sign-in logs in Microsoft Entra ID.";
      case "AADSTS50049":
        return "The authority host is not a Microsoft Entra instance: check the environment's"
            + " authority host.";
      default:
        return null;
    }
  }
}

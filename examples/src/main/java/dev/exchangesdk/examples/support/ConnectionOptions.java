package dev.exchangesdk.examples.support;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a command runs: an Exchange Online tenant (app id and certificate), or, when none is given,
 * an embedded FakeExchange. Every option can also come from an environment variable. The endpoint
 * options override single endpoints of the chosen cloud (see {@link EndpointOverrides}).
 */
public final class ConnectionOptions {
  @Option(
      names = "--tenant",
      paramLabel = "TENANT",
      description =
          "Tenant: initial domain (contoso.onmicrosoft.com) or directory id (env EXCHANGE_TENANT)."
              + " Without one, the command runs against an embedded FakeExchange.")
  String tenant;

  @Option(
      names = "--client-id",
      paramLabel = "APP_ID",
      description = "Application (client) id of the Entra app (env EXCHANGE_CLIENT_ID).")
  String clientId;

  @Option(
      names = "--pfx",
      paramLabel = "FILE",
      description = "The app's certificate as a PFX file (env EXCHANGE_CERTIFICATE_PFX).")
  Path pfx;

  @Option(
      names = "--pfx-base64",
      paramLabel = "TEXT",
      description = "The PFX as Base64 text (env EXCHANGE_CERTIFICATE_PFX_BASE64).")
  String pfxBase64;

  @Option(
      names = "--password",
      arity = "0..1",
      interactive = true,
      paramLabel = "PASSWORD",
      description =
          "The PFX password; give the flag alone to be prompted (env EXCHANGE_CERTIFICATE_PASSWORD).")
  char[] password;

  @Option(
      names = "--cloud",
      paramLabel = "CLOUD",
      description = "WORLDWIDE (default), GCC, GCC_HIGH, DOD or CHINA (env EXCHANGE_CLOUD).")
  Cloud cloud;

  @Option(
      names = "--ews-url",
      paramLabel = "URL",
      description = {
        "Another EWS endpoint, such as Exchange Server on premises (env EXCHANGE_EWS_URL):",
        "e.g. https://mail.contoso.com/EWS/Exchange.asmx"
      })
  String ewsUrl;

  @Option(
      names = "--exchange-scope",
      paramLabel = "SCOPE",
      description = {
        "The scope tokens for EWS and the admin API are requested for (env EXCHANGE_SCOPE); for"
            + " Exchange Server with hybrid modern authentication, its external URL:",
        "e.g. https://mail.contoso.com/.default"
      })
  String exchangeScope;

  @Option(
      names = "--authority-host",
      paramLabel = "URL",
      description = {
        "The cloud's sign-in host overridden, for private deployments and tests (env"
            + " EXCHANGE_AUTHORITY_HOST), https only:",
        "e.g. https://login.microsoftonline.com"
      })
  String authorityHost;

  @Option(
      names = "--exchange-host",
      paramLabel = "URL",
      description = {
        "The cloud's Exchange host overridden: admin API, and EWS unless --ews-url is given (env"
            + " EXCHANGE_HOST):",
        "e.g. https://outlook.office365.com"
      })
  String exchangeHost;

  @Option(
      names = "--compliance-host",
      paramLabel = "URL",
      description = {
        "The cloud's Security & Compliance host overridden (env EXCHANGE_COMPLIANCE_HOST):",
        "e.g. https://ps.compliance.protection.outlook.com"
      })
  String complianceHost;

  /** The Microsoft clouds, by the names users type. */
  public enum Cloud {
    WORLDWIDE,
    GCC,
    GCC_HIGH,
    DOD,
    CHINA
  }
}

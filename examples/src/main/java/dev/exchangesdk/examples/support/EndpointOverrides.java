package dev.exchangesdk.examples.support;

import dev.exchangesdk.core.ExchangeEnvironment;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The endpoints the connection options override in the chosen cloud: an EWS URL and the token scope
 * for it (Exchange Server on premises), and for private deployments and tests the sign-in, Exchange
 * and compliance hosts. Each value is checked when read, so a typo fails before any request with
 * the option's name. Immutable.
 */
final class EndpointOverrides {
  private final URI authorityHost;
  private final URI exchangeHost;
  private final URI ewsUrl;
  private final URI complianceHost;
  private final URI exchangeScope;
  private final List<String> given;

  private EndpointOverrides(
      URI authorityHost,
      URI exchangeHost,
      URI ewsUrl,
      URI complianceHost,
      URI exchangeScope,
      List<String> given) {
    this.authorityHost = authorityHost;
    this.exchangeHost = exchangeHost;
    this.ewsUrl = ewsUrl;
    this.complianceHost = complianceHost;
    this.exchangeScope = exchangeScope;
    this.given = List.copyOf(given);
  }

  /**
   * Reads the overrides from the options, else from the environment variables.
   *
   * @throws UsageException naming the option (or variable) whose value is not a usable URL
   */
  static EndpointOverrides read(ConnectionOptions options, Map<String, String> env) {
    List<String> given = new ArrayList<>();
    URI authority =
        readOne(
            new Setting(
                "--authority-host",
                "EXCHANGE_AUTHORITY_HOST",
                "https://login.microsoftonline.com",
                true,
                true),
            options.authorityHost,
            env,
            given);
    URI exchange =
        readOne(
            new Setting(
                "--exchange-host", "EXCHANGE_HOST", "https://outlook.office365.com", true, false),
            options.exchangeHost,
            env,
            given);
    URI ews =
        readOne(
            new Setting(
                "--ews-url",
                "EXCHANGE_EWS_URL",
                "https://mail.contoso.com/EWS/Exchange.asmx",
                false,
                false),
            options.ewsUrl,
            env,
            given);
    URI compliance =
        readOne(
            new Setting(
                "--compliance-host",
                "EXCHANGE_COMPLIANCE_HOST",
                "https://ps.compliance.protection.outlook.com",
                true,
                false),
            options.complianceHost,
            env,
            given);
    Setting scopeSetting =
        new Setting(
            "--exchange-scope",
            "EXCHANGE_SCOPE",
            "https://mail.contoso.com/.default",
            false,
            false);
    URI scope = readOne(scopeSetting, options.exchangeScope, env, given);
    if (scope != null && !scope.getRawPath().equals("/.default")) {
      // App-only tokens (client credentials) are only issued for a resource's ".default" scope.
      throw new UsageException(
          given.get(given.size() - 1)
              + " must be a resource's .default scope, such as "
              + scopeSetting.example()
              + ", not '"
              + scope
              + "'");
    }
    return new EndpointOverrides(authority, exchange, ews, compliance, scope, given);
  }

  /** Whether no endpoint is overridden. */
  boolean isEmpty() {
    return given.isEmpty();
  }

  /** The options (or variables) that were given, e.g. {@code --ews-url, EXCHANGE_HOST}. */
  String givenNames() {
    return String.join(", ", given);
  }

  /**
   * {@code cloud} with the overridden endpoints. An EWS URL wins over the EWS URL the Exchange host
   * implies; the scopes stay the cloud's.
   */
  ExchangeEnvironment applyTo(ExchangeEnvironment cloud) {
    if (isEmpty()) {
      return cloud;
    }
    ExchangeEnvironment.Builder b = cloud.toBuilder();
    if (authorityHost != null) {
      b.authorityHost(authorityHost);
    }
    if (exchangeHost != null) {
      b.exchangeHost(exchangeHost);
    }
    if (ewsUrl != null) {
      b.ewsUrl(ewsUrl);
    }
    if (complianceHost != null) {
      b.complianceHost(complianceHost);
    }
    if (exchangeScope != null) {
      b.exchangeScope(exchangeScope.toString());
    }
    return b.build();
  }

  /** The endpoints of {@code environment} that differ from the cloud's, for the status line. */
  String describe(ExchangeEnvironment environment) {
    List<String> parts = new ArrayList<>();
    if (authorityHost != null) {
      parts.add("sign-in " + environment.authorityHost());
    }
    if (exchangeHost != null || ewsUrl != null) {
      parts.add("EWS " + environment.ewsUrl());
    }
    if (exchangeHost != null) {
      parts.add("admin API " + environment.adminBaseUrl());
    }
    if (complianceHost != null) {
      parts.add("compliance " + environment.complianceBaseUrl());
    }
    if (exchangeScope != null) {
      parts.add("Exchange scope " + environment.exchangeScope());
    }
    return String.join(", ", parts);
  }

  /**
   * One option: its name, variable, an example value, whether it names a host (no path), and
   * whether only https makes sense (Microsoft Entra ID is only reached over https).
   */
  private record Setting(
      String option, String variable, String example, boolean hostOnly, boolean httpsOnly) {}

  private static URI readOne(
      Setting setting, String fromOption, Map<String, String> env, List<String> given) {
    String name;
    String value;
    if (fromOption != null && !fromOption.isBlank()) {
      name = setting.option();
      value = fromOption.strip();
    } else {
      String fromEnv = env.get(setting.variable());
      if (fromEnv == null || fromEnv.isBlank()) {
        return null;
      }
      name = setting.variable();
      value = fromEnv.strip();
    }
    URI uri = check(setting, name, value);
    given.add(name);
    return uri;
  }

  private static URI check(Setting setting, String name, String value) {
    String wanted =
        (setting.httpsOnly() ? "an https URL" : "an absolute http or https URL")
            + (setting.hostOnly() ? " of a host, without a path," : "")
            + " such as "
            + setting.example();
    if (value.contains("@")) {
      // Never echo a value that may carry a user name and password.
      throw new UsageException(name + " must not contain a user name or password; give " + wanted);
    }
    String problem = name + " must be " + wanted + ", not '" + value + "'";
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new UsageException(problem);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (setting.httpsOnly() && scheme.equals("http")) {
      throw new UsageException(problem + ": Microsoft Entra ID is only reached over https");
    }
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new UsageException(problem);
    }
    if (uri.getHost() == null) {
      throw new UsageException(problem + ": it names no host");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new UsageException(problem + ": no query or fragment");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    boolean noPath = path.isEmpty() || path.equals("/");
    if (setting.hostOnly() && !noPath) {
      throw new UsageException(problem + ": no path, the SDK adds the paths");
    }
    if (!setting.hostOnly() && noPath) {
      throw new UsageException(
          problem + ": give the whole endpoint (or the host alone with --exchange-host)");
    }
    return uri;
  }
}

package dev.exchangesdk.core.internal.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalServiceException;
import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.TransportException;
import dev.exchangesdk.core.internal.http.HttpPipeline;
import dev.exchangesdk.core.internal.http.Redaction;
import java.net.MalformedURLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

/**
 * Fetches app-only tokens from Microsoft Entra ID with MSAL4J: client credentials, authenticated by
 * a client assertion signed with the certificate ({@code x5t#S256} header, and the {@code x5c}
 * chain when enabled).
 *
 * <p>MSAL is configured so that the SDK stays in charge:
 *
 * <ul>
 *   <li>its HTTP goes through the SDK's pipeline ({@link MsalHttpClient});
 *   <li>its cache is skipped ({@code skipCache}): {@link TokenCache} decides when to refresh, on
 *       the SDK's injectable clock, and {@code invalidate()} must really fetch a new token;
 *   <li>its internal retry (one retry of a 5xx after a real one-second sleep) is off: the
 *       pipeline's retry policy retries instead, with its budget and its injectable sleeper;
 *   <li>it runs on the calling thread, not the common fork-join pool;
 *   <li>instance discovery and authority validation stay on for Microsoft's login hosts and are
 *       turned off only for other hosts (a test server, FakeExchange), which MSAL would otherwise
 *       check against login.microsoftonline.com on the public internet.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class MsalCertificateTokenSource implements TokenSource {
  /** MSAL's own list of Microsoft Entra hosts that instance discovery knows. */
  private static final Set<String> MICROSOFT_AUTHORITY_HOSTS =
      Set.of(
          "login.microsoftonline.com",
          "login.microsoft.com",
          "login.windows.net",
          "sts.windows.net",
          "login.microsoftonline.us",
          "login-us.microsoftonline.com",
          "login.chinacloudapi.cn",
          "login.microsoftonline.de");

  private static final ExecutorService CALLER_THREAD = new DirectExecutorService();

  private final ConfidentialClientApplication msal;
  private final CertificateMaterial certificate;
  private final AppIdentity app;
  private final Clock clock;

  public MsalCertificateTokenSource(
      CertificateMaterial certificate,
      AppIdentity app,
      ExchangeEnvironment environment,
      HttpOptions options,
      boolean sendX5c) {
    this.certificate = certificate;
    this.app = app;
    this.clock = options.clock();
    HttpPipeline pipeline =
        HttpPipeline.builder().serviceName("Microsoft Entra ID").options(options).build();
    String authority = environment.authority(app.tenant()).toString();
    try {
      ConfidentialClientApplication.Builder b =
          ConfidentialClientApplication.builder(
                  app.clientId(),
                  ClientCredentialFactory.createFromCertificateChain(
                      certificate.privateKey(), certificate.chain()))
              .authority(authority)
              .sendX5c(sendX5c)
              .httpClient(new MsalHttpClient(pipeline, app))
              .executorService(CALLER_THREAD)
              .logPii(false);
      b.disableInternalRetries();
      if (!isMicrosoftHost(environment)) {
        b.instanceDiscovery(false).validateAuthority(false);
      }
      this.msal = b.build();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "The authority " + authority + " is not a valid Microsoft Entra authority URL", e);
    }
  }

  static boolean isMicrosoftHost(ExchangeEnvironment environment) {
    String host = environment.authorityHost().getHost();
    return host != null && MICROSOFT_AUTHORITY_HOSTS.contains(host.toLowerCase(Locale.ROOT));
  }

  @Override
  public AccessToken fetch(List<String> scopes) {
    Instant now = clock.instant();
    if (now.isAfter(certificate.leaf().getNotAfter().toInstant())) {
      String hint =
          "Create a new certificate, upload its .cer to app "
              + app.clientId()
              + " and configure the new PFX.";
      throw new AuthenticationException(
          "Certificate "
              + app.thumbprint()
              + " expired on "
              + certificate.leaf().getNotAfter().toInstant()
              + "; no token was requested. "
              + hint,
          0,
          null,
          null,
          hint,
          null);
    }
    IAuthenticationResult result = acquire(scopes);
    if (result.accessToken() == null || result.accessToken().isBlank()) {
      throw new ResponseFormatException(
          "The token endpoint answered without an access_token", null);
    }
    // MSAL stamps the expiry on the system clock; keep the lifetime and anchor it on the SDK's
    // clock, which is the one expiry decisions (and tests) use.
    long lifetimeMillis = result.expiresOnDate().getTime() - System.currentTimeMillis();
    return new AccessToken(result.accessToken(), clock.instant().plusMillis(lifetimeMillis));
  }

  /** MSAL's cache is skipped: {@link TokenCache} decides, and invalidate() must reach Entra. */
  static ClientCredentialParameters parameters(List<String> scopes) {
    return ClientCredentialParameters.builder(new LinkedHashSet<>(scopes)).skipCache(true).build();
  }

  private IAuthenticationResult acquire(List<String> scopes) {
    try {
      return msal.acquireToken(parameters(scopes)).join();
    } catch (CompletionException | MsalException e) {
      throw translate(e);
    }
  }

  /** The SDK exception behind an MSAL failure, or one that describes it. */
  private ExchangeException translate(RuntimeException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ExchangeException) {
        // Thrown by MsalHttpClient: already says what went wrong, with code and request id.
        return (ExchangeException) t;
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof MsalServiceException) {
        MsalServiceException s = (MsalServiceException) t;
        return new AuthenticationException(
            "Microsoft Entra ID refused a token for app "
                + app.clientId()
                + ": "
                + Redaction.oneLine(String.valueOf(s.getMessage()), 600),
            s.statusCode() == null ? 0 : s.statusCode(),
            s.errorCode(),
            s.correlationId(),
            null,
            s);
      }
      if (t instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        return new TransportException("Interrupted while requesting a token", null, false, t);
      }
    }
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return new AuthenticationException(
        "MSAL could not request a token for app "
            + app.clientId()
            + ": "
            + Redaction.oneLine(cause.getClass().getSimpleName() + ": " + cause.getMessage(), 400),
        cause);
  }
}

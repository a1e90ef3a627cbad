package dev.exchangesdk.compliance.internal;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.Page;
import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.core.TokenCredential;
import dev.exchangesdk.core.cmdlet.CmdletResult;
import dev.exchangesdk.core.internal.cmdlet.CmdletObject;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import dev.exchangesdk.core.internal.cmdlet.CmdletTransport;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs compliance cmdlets on the tenant's regional Security &amp; Compliance host: discovers the
 * host on first use, then sends every call through the shared cmdlet transport, turning the
 * service's 2026 refusals into typed exceptions on the way out.
 *
 * <p>Thread-safe; one per client.
 */
public final class ComplianceEndpoint {
  private final CmdletTransport template;
  private final RegionalHostResolver resolver;
  private final TokenCredential credential;
  private final List<String> scopes;
  private volatile CmdletTransport regional;

  /**
   * @param template a transport for the tenant whose base URL is replaced by the regional host
   */
  public ComplianceEndpoint(
      CmdletTransport template,
      RegionalHostResolver resolver,
      TokenCredential credential,
      List<String> scopes) {
    this.template = Objects.requireNonNull(template, "template");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.credential = Objects.requireNonNull(credential, "credential");
    this.scopes = List.copyOf(scopes);
  }

  /** Runs the cmdlet and returns every object it wrote. */
  public CmdletResult invoke(CmdletRequest request) {
    try {
      return transport().invokeAll(request);
    } catch (ExchangeException e) {
      throw refine(e, request);
    }
  }

  /** Runs the cmdlet and maps each object, fetching pages as the caller iterates. */
  public <T> PagedIterable<T> list(CmdletRequest request, Function<CmdletObject, T> mapper) {
    return PagedIterable.of(
        token -> {
          try {
            PagedIterable<T> pages = transport().list(request, mapper);
            Iterator<Page<T>> it =
                (token == null ? pages.byPage() : pages.byPage(token)).iterator();
            return it.next();
          } catch (ExchangeException e) {
            throw refine(e, request);
          }
        });
  }

  /** The regional base URL, discovering it if needed. */
  public URI regionalBase() {
    return resolver.regionalBase();
  }

  private CmdletTransport transport() {
    CmdletTransport t = regional;
    if (t == null) {
      // The resolver discovers once; concurrent callers may build equal transports, harmlessly.
      t = template.withBaseUrl(resolver.regionalBase());
      regional = t;
    }
    return t;
  }

  private ExchangeException refine(ExchangeException e, CmdletRequest request) {
    return ComplianceRefusals.refine(
        e, request.cmdletName(), request.parameters(), () -> TokenKind.of(credential, scopes));
  }
}

package dev.exchangesdk.core;

import java.net.ProxySelector;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Network settings shared by every SDK client and by token acquisition: timeouts, proxy, TLS trust,
 * retries, concurrency and logging.
 *
 * <p>Immutable and thread-safe; one instance can configure several clients.
 */
public final class HttpOptions {
  private static final HttpOptions DEFAULTS = builder().build();

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final ProxySelector proxySelector;
  private final SSLSocketFactory sslSocketFactory;
  private final X509TrustManager trustManager;
  private final RetryOptions retry;
  private final int maxConcurrentRequests;
  private final String userAgentSuffix;
  private final boolean logBodies;
  private final Clock clock;
  private final Sleeper sleeper;

  private HttpOptions(Builder b) {
    this.connectTimeout = Objects.requireNonNull(b.connectTimeout, "connectTimeout");
    this.readTimeout = Objects.requireNonNull(b.readTimeout, "readTimeout");
    this.writeTimeout = Objects.requireNonNull(b.writeTimeout, "writeTimeout");
    this.callTimeout = Objects.requireNonNull(b.callTimeout, "callTimeout");
    this.proxySelector = b.proxySelector;
    if ((b.sslSocketFactory == null) != (b.trustManager == null)) {
      throw new IllegalArgumentException("sslSocketFactory and trustManager are set together");
    }
    this.sslSocketFactory = b.sslSocketFactory;
    this.trustManager = b.trustManager;
    this.retry = Objects.requireNonNull(b.retry, "retry");
    if (b.maxConcurrentRequests < 1) {
      throw new IllegalArgumentException("maxConcurrentRequests must be at least 1");
    }
    this.maxConcurrentRequests = b.maxConcurrentRequests;
    this.userAgentSuffix = b.userAgentSuffix;
    this.logBodies = b.logBodies;
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.sleeper = Objects.requireNonNull(b.sleeper, "sleeper");
  }

  /**
   * Connect 10 s, read and write 120 s, no overall call timeout, default retries, 16 concurrent.
   */
  public static HttpOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callTimeout = callTimeout;
    b.proxySelector = proxySelector;
    b.sslSocketFactory = sslSocketFactory;
    b.trustManager = trustManager;
    b.retry = retry;
    b.maxConcurrentRequests = maxConcurrentRequests;
    b.userAgentSuffix = userAgentSuffix;
    b.logBodies = logBodies;
    b.clock = clock;
    b.sleeper = sleeper;
    return b;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Longest silence while reading a response (not the whole call). */
  public Duration readTimeout() {
    return readTimeout;
  }

  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** Bound on one whole attempt, or zero for none (large downloads need none). */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The proxy selector, or {@code null} for the JVM default. */
  public ProxySelector proxySelector() {
    return proxySelector;
  }

  /** Custom TLS socket factory (with {@link #trustManager()}), or {@code null} for the JVM's. */
  public SSLSocketFactory sslSocketFactory() {
    return sslSocketFactory;
  }

  public X509TrustManager trustManager() {
    return trustManager;
  }

  public RetryOptions retry() {
    return retry;
  }

  /** Requests one client has in flight at once; further callers wait their turn. */
  public int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /** Appended to the SDK's {@code User-Agent}, e.g. your product name; may be {@code null}. */
  public String userAgentSuffix() {
    return userAgentSuffix;
  }

  /** Whether request and response bodies are logged (at TRACE, truncated, secrets redacted). */
  public boolean logBodies() {
    return logBodies;
  }

  public Clock clock() {
    return clock;
  }

  public Sleeper sleeper() {
    return sleeper;
  }

  @Override
  public String toString() {
    return "HttpOptions{connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", writeTimeout="
        + writeTimeout
        + ", callTimeout="
        + callTimeout
        + ", proxy="
        + (proxySelector != null)
        + ", customTls="
        + (sslSocketFactory != null)
        + ", retry="
        + retry
        + ", maxConcurrentRequests="
        + maxConcurrentRequests
        + ", logBodies="
        + logBodies
        + '}';
  }

  /** Builds {@link HttpOptions}. Not thread-safe. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(120);
    private Duration writeTimeout = Duration.ofSeconds(120);
    private Duration callTimeout = Duration.ZERO;
    private ProxySelector proxySelector;
    private SSLSocketFactory sslSocketFactory;
    private X509TrustManager trustManager;
    private RetryOptions retry = RetryOptions.defaults();
    private int maxConcurrentRequests = 16;
    private String userAgentSuffix;
    private boolean logBodies;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = writeTimeout;
      return this;
    }

    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
      return this;
    }

    public Builder proxySelector(ProxySelector proxySelector) {
      this.proxySelector = proxySelector;
      return this;
    }

    /** Trust a private CA (on-premises Exchange, a test server). Both values go together. */
    public Builder tls(SSLSocketFactory sslSocketFactory, X509TrustManager trustManager) {
      this.sslSocketFactory = sslSocketFactory;
      this.trustManager = trustManager;
      return this;
    }

    public Builder retry(RetryOptions retry) {
      this.retry = retry;
      return this;
    }

    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    public Builder userAgentSuffix(String userAgentSuffix) {
      this.userAgentSuffix = userAgentSuffix;
      return this;
    }

    public Builder logBodies(boolean logBodies) {
      this.logBodies = logBodies;
      return this;
    }

    /** The clock used for token expiry, {@code Retry-After} dates and polling deadlines. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** How the SDK waits between retries and polls; tests pass a fake. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    public HttpOptions build() {
      return new HttpOptions(this);
    }
  }
}

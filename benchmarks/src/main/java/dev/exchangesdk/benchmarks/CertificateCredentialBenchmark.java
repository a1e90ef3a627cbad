package dev.exchangesdk.benchmarks;

import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.CertificateCredential;
import dev.exchangesdk.core.GeneratedCertificate;
import dev.exchangesdk.core.SelfSignedCertificates;
import dev.exchangesdk.core.internal.auth.TokenCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The costs of certificate authentication: a cached token (paid by every request, on the request
 * thread), and loading a PFX from Base64 text (paid once, when a credential is built).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CertificateCredentialBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CertificateCredentialBenchmark {
  private static final List<String> SCOPES = List.of("https://outlook.office365.com/.default");
  private static final char[] PASSWORD = "bench-password".toCharArray();

  private TokenCache cache;
  private String pfxBase64;

  @Setup
  public void setUp() {
    AccessToken token = new AccessToken("eyJ0eXAi.bench.token", Instant.now().plusSeconds(3600));
    cache = new TokenCache(scopes -> token, Clock.systemUTC(), Duration.ofMinutes(5));
    cache.get(SCOPES);
    GeneratedCertificate certificate = SelfSignedCertificates.create(PASSWORD.clone());
    pfxBase64 = certificate.pfxBase64();
  }

  /** A cache hit, as every SDK request pays it. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public AccessToken cachedToken() {
    return cache.get(SCOPES);
  }

  /** Cache hits from 4 threads at once: the single-flight bookkeeping must not serialise them. */
  @Benchmark
  @Threads(4)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public AccessToken cachedTokenFourThreads() {
    return cache.get(SCOPES);
  }

  /** Building a credential from Base64 PFX text: decode, decrypt, check, set up MSAL. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public CertificateCredential loadPfxBase64() {
    return CertificateCredential.builder()
        .tenant("contoso.onmicrosoft.com")
        .clientId("6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b")
        .pfxBase64(pfxBase64, PASSWORD.clone())
        .build();
  }
}

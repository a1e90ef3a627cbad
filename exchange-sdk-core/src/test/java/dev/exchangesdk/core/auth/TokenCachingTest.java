package dev.exchangesdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.CertificateCredential;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Caching, early refresh, single flight and invalidation, counted at the token endpoint. */
class TokenCachingTest {
  private static final List<String> EXCHANGE = List.of("https://outlook.office365.com/.default");
  private static final List<String> COMPLIANCE =
      List.of("https://ps.compliance.protection.outlook.com/.default");

  private HttpsTokenServer server;
  private final MutableClock clock =
      new MutableClock(Instant.now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS));
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CertificateCredential credential;

  @BeforeEach
  void start() throws IOException {
    server = new HttpsTokenServer();
    credential = server.credential(clock, sleeper).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void cachedTokenIsServedWithoutARequest() {
    AccessToken first = credential.getToken(EXCHANGE);
    AccessToken second = credential.getToken(EXCHANGE);

    assertThat(second).isEqualTo(first);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(1);
  }

  @Test
  void eachScopeListHasItsOwnTokenAndOrderDoesNotMatter() {
    AccessToken exchange = credential.getToken(EXCHANGE);
    AccessToken compliance = credential.getToken(COMPLIANCE);
    List<String> both = new ArrayList<>(EXCHANGE);
    both.addAll(COMPLIANCE);
    AccessToken combined = credential.getToken(both);
    AccessToken combinedReversed = credential.getToken(List.of(both.get(1), both.get(0)));

    assertThat(compliance).isNotEqualTo(exchange);
    assertThat(combinedReversed).isEqualTo(combined);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(3);
  }

  @Test
  void tokenIsReplacedOnceItEntersTheRefreshMarginAndNotBefore() {
    AccessToken first = credential.getToken(EXCHANGE);
    Instant marginStarts = first.expiresAt().minus(Duration.ofMinutes(5));

    clock.set(marginStarts.minusSeconds(1));
    assertThat(credential.getToken(EXCHANGE)).isEqualTo(first);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(1);

    clock.set(marginStarts);
    AccessToken second = credential.getToken(EXCHANGE);

    assertThat(second).isNotEqualTo(first);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(2);
    assertThat(Duration.between(clock.instant(), second.expiresAt()))
        .isGreaterThan(Duration.ofMinutes(5));
  }

  @Test
  void customRefreshMarginIsHonoured() {
    credential =
        server.credential(clock, sleeper).tokenRefreshMargin(Duration.ofMinutes(20)).build();
    AccessToken first = credential.getToken(EXCHANGE);

    clock.set(first.expiresAt().minus(Duration.ofMinutes(20)).minusSeconds(1));
    credential.getToken(EXCHANGE);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(1);

    clock.set(first.expiresAt().minus(Duration.ofMinutes(20)));
    credential.getToken(EXCHANGE);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(2);
  }

  @Test
  void shortLivedTokensAreCachedForHalfTheirLifetime() {
    server.endpoint.expiresInSeconds = 120;
    AccessToken first = credential.getToken(EXCHANGE);

    assertThat(credential.getToken(EXCHANGE)).isEqualTo(first);
    clock.advance(Duration.ofSeconds(55));
    assertThat(credential.getToken(EXCHANGE)).isEqualTo(first);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(10));
    assertThat(credential.getToken(EXCHANGE)).isNotEqualTo(first);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(2);
  }

  @Test
  void concurrentCallersOnACacheMissShareOneTokenRequest() throws InterruptedException {
    FakeTokenEndpoint.Hold hold = server.endpoint.holdNextRequest();
    int callers = 8;
    CountDownLatch go = new CountDownLatch(1);
    AtomicReferenceArray<AccessToken> results = new AtomicReferenceArray<>(callers);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      int n = i;
      Thread t =
          new Thread(
              () -> {
                try {
                  go.await();
                  results.set(n, credential.getToken(EXCHANGE));
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "caller-" + i);
      threads.add(t);
      t.start();
    }
    go.countDown();

    assertThat(hold.arrived.await(30, TimeUnit.SECONDS)).isTrue();
    // The seven callers that did not send the request park until its answer arrives. (If each
    // sent its own request instead, they would finish and this wait would run out.)
    awaitParked(threads, callers - 1);
    hold.release();
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(30));
    }

    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(1);
    for (int i = 0; i < callers; i++) {
      assertThat(results.get(i).token()).isEqualTo(server.endpoint.issuedTokens.get(0));
    }
  }

  @Test
  void invalidateDropsEveryCachedToken() {
    AccessToken exchange = credential.getToken(EXCHANGE);
    AccessToken compliance = credential.getToken(COMPLIANCE);

    credential.invalidate();

    assertThat(credential.getToken(EXCHANGE)).isNotEqualTo(exchange);
    assertThat(credential.getToken(COMPLIANCE)).isNotEqualTo(compliance);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(4);
  }

  @Test
  void invalidatingARejectedTokenDropsItOnlyWhileItIsStillCached() {
    AccessToken first = credential.getToken(EXCHANGE);

    credential.invalidate(new AccessToken("some-other-token", first.expiresAt()));
    assertThat(credential.getToken(EXCHANGE)).isEqualTo(first);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(1);

    credential.invalidate(first);
    AccessToken second = credential.getToken(EXCHANGE);
    assertThat(second).isNotEqualTo(first);

    // A second request rejected with the old token must not throw the new one away.
    credential.invalidate(first);
    assertThat(credential.getToken(EXCHANGE)).isEqualTo(second);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(2);
  }

  @Test
  void failedRequestIsNotCachedAndTheNextCallTriesAgain() {
    server.endpoint.answerNext(
        FakeTokenEndpoint.entraError(401, "invalid_client", 700027, "AADSTS700027: no key"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> credential.getToken(EXCHANGE))
        .isInstanceOf(dev.exchangesdk.core.AuthenticationException.class);
    AccessToken token = credential.getToken(EXCHANGE);

    assertThat(token.token()).isEqualTo(server.endpoint.issuedTokens.get(0));
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(2);
  }

  private static void awaitParked(List<Thread> threads, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      long parked = threads.stream().filter(t -> t.getState() == Thread.State.WAITING).count();
      if (parked >= expected) {
        return;
      }
      Thread.sleep(10);
    }
  }
}

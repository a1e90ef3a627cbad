package dev.exchangesdk.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlidingWindowRateLimiterTest {
  private Instant now = Instant.parse("2026-03-01T12:00:00Z");
  private final List<Duration> waits = new ArrayList<>();
  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }
      };

  private final SlidingWindowRateLimiter limiter =
      new SlidingWindowRateLimiter(
          3,
          Duration.ofMinutes(5),
          clock,
          d -> {
            waits.add(d);
            now = now.plus(d);
          });

  @Test
  void letsCallsThroughUntilTheWindowIsFull() {
    limiter.acquire("x");
    now = now.plusSeconds(10);
    limiter.acquire("x");
    limiter.acquire("x");

    assertThat(waits).isEmpty();
  }

  @Test
  void waitsUntilTheOldestCallLeavesTheWindow() {
    limiter.acquire("x");
    now = now.plusSeconds(60);
    limiter.acquire("x");
    limiter.acquire("x");

    limiter.acquire("x");

    assertThat(waits).containsExactly(Duration.ofMinutes(4));
    assertThat(now).isEqualTo(Instant.parse("2026-03-01T12:05:00Z"));
  }

  @Test
  void forgetsCallsOlderThanTheWindow() {
    limiter.acquire("x");
    limiter.acquire("x");
    limiter.acquire("x");
    now = now.plus(Duration.ofMinutes(5));

    limiter.acquire("x");

    assertThat(waits).isEmpty();
  }
}

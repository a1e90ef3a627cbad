package dev.exchangesdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsWholeSeconds() {
    assertThat(RetryAfter.parse("120", clock)).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void readsFractionalSeconds() {
    assertThat(RetryAfter.parse(" 1.5 ", clock)).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void readsHttpDateRelativeToTheClock() {
    assertThat(RetryAfter.parse("Fri, 27 Nov 2026 10:00:30 GMT", clock))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aDateInThePastMeansNoWait() {
    assertThat(RetryAfter.parse("Fri, 27 Nov 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void ignoresMissingNegativeAndUnreadableValues() {
    assertThat(RetryAfter.parse(null, clock)).isNull();
    assertThat(RetryAfter.parse("", clock)).isNull();
    assertThat(RetryAfter.parse("-3", clock)).isNull();
    assertThat(RetryAfter.parse("soon", clock)).isNull();
    assertThat(RetryAfter.parse("NaN", clock)).isNull();
  }

  @Test
  void capsAbsurdWaitsAtAnHour() {
    assertThat(RetryAfter.parse("99999999", clock)).isEqualTo(Duration.ofHours(1));
  }
}

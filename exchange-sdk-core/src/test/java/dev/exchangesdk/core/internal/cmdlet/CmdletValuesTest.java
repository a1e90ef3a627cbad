package dev.exchangesdk.core.internal.cmdlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CmdletValuesTest {

  @Test
  void readsTheServiceDateForms() {
    assertThat(CmdletValues.parseDateTime("2022-09-21T08:07:47.0000000+00:00"))
        .isEqualTo(Instant.parse("2022-09-21T08:07:47Z"));
    assertThat(CmdletValues.parseDateTime("2024-04-10T08:56:22.0000000Z"))
        .isEqualTo(Instant.parse("2024-04-10T08:56:22Z"));
    assertThat(CmdletValues.parseDateTime("2024-04-10T10:56:22.5+02:00"))
        .isEqualTo(Instant.parse("2024-04-10T08:56:22.5Z"));
    assertThat(CmdletValues.parseDateTime("2024-04-10T08:56:22"))
        .isEqualTo(Instant.parse("2024-04-10T08:56:22Z"));
    assertThat(CmdletValues.parseDateTime("/Date(1653238346000)/"))
        .isEqualTo(Instant.ofEpochMilli(1653238346000L));
    assertThat(CmdletValues.parseDateTime("5/14/2020 6:45:31 PM"))
        .isEqualTo(Instant.parse("2020-05-14T18:45:31Z"));
    assertThat(CmdletValues.parseDateTime(638_000_000_000_000_000L))
        .isEqualTo(Instant.parse("2022-09-28T22:13:20Z"));
    assertThat(CmdletValues.parseDateTime(new BigInteger("1653238346000")))
        .isEqualTo(Instant.ofEpochMilli(1653238346000L));
    assertThat(CmdletValues.parseDateTime("soon")).isNull();
    assertThat(CmdletValues.parseDateTime(null)).isNull();
  }

  @Test
  void writesDateTimesTheWayTheServiceExpects() {
    assertThat(CmdletValues.formatDateTime(Instant.parse("2024-05-22T16:52:26.365Z")))
        .isEqualTo("2024-05-22T16:52:26.3650000Z");
  }

  @Test
  void readsSizesAndUnlimited() {
    assertThat(CmdletValues.parseByteCount("99 GB (106,300,440,576 bytes)"))
        .isEqualTo(OptionalLong.of(106_300_440_576L));
    assertThat(CmdletValues.parseByteCount("0 B (0 bytes)")).isEqualTo(OptionalLong.of(0));
    assertThat(CmdletValues.parseByteCount("35 MB (36.700.160 bytes)"))
        .isEqualTo(OptionalLong.of(36_700_160L));
    assertThat(CmdletValues.parseByteCount(1024L)).isEqualTo(OptionalLong.of(1024));
    assertThat(CmdletValues.parseByteCount("Unlimited")).isEmpty();
    assertThat(CmdletValues.isUnlimited("Unlimited")).isTrue();
    assertThat(CmdletValues.isUnlimited("99 GB (106,300,440,576 bytes)")).isFalse();
  }

  @Test
  void readsAndWritesTimeSpans() {
    assertThat(CmdletValues.parseTimeSpan("90.00:00:00")).isEqualTo(Duration.ofDays(90));
    assertThat(CmdletValues.parseTimeSpan("00:00:00")).isEqualTo(Duration.ZERO);
    assertThat(CmdletValues.parseTimeSpan("1.02:03:04.5"))
        .isEqualTo(Duration.parse("P1DT2H3M4.5S"));
    assertThat(CmdletValues.parseTimeSpan("Unlimited")).isNull();
    assertThat(CmdletValues.formatTimeSpan(Duration.parse("P1DT2H3M4.5S")))
        .isEqualTo("1.02:03:04.5000000");
    assertThat(CmdletValues.formatTimeSpan(Duration.ofMinutes(-90))).isEqualTo("-01:30:00");
  }
}

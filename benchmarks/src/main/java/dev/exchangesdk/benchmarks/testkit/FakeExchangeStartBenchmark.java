package dev.exchangesdk.benchmarks.testkit;

import dev.exchangesdk.testkit.FakeExchange;
import dev.exchangesdk.testkit.Seed;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * How long a test waits for a FakeExchange: start and close, empty or with the demo tenant. The
 * first start in a JVM also generates the test CA and signing key; JMH's warm-up absorbs that, so
 * these are the numbers for every later start.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FakeExchangeStartBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FakeExchangeStartBenchmark {

  @Benchmark
  public String startAndCloseEmpty() {
    try (FakeExchange fake = FakeExchange.start()) {
      return fake.tenant();
    }
  }

  @Benchmark
  public int startAndCloseDemo() {
    try (FakeExchange fake = FakeExchange.builder().seed(Seed.DEMO).start()) {
      return fake.mailboxes().size();
    }
  }
}

package dev.exchangesdk.examples;

import dev.exchangesdk.testkit.FakeExchange;
import dev.exchangesdk.testkit.Seed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh demo tenant per test, inspected after the command ran. */
abstract class FakeTenantTest {
  FakeExchange fake;

  @BeforeEach
  void startFakeExchange() {
    fake = FakeExchange.builder().seed(Seed.DEMO).start();
  }

  @AfterEach
  void stopFakeExchange() {
    fake.close();
  }

  ExampleRun run(String... args) {
    return ExampleRun.run(fake, args);
  }
}

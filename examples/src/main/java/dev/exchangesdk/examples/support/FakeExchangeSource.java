package dev.exchangesdk.examples.support;

import dev.exchangesdk.testkit.FakeExchange;
import dev.exchangesdk.testkit.Seed;

/**
 * Where commands get their FakeExchange when no tenant is configured: a new one per command seeded
 * with the demo tenant, or (in tests) one the caller owns and inspects afterwards.
 */
public interface FakeExchangeSource {

  /** A FakeExchange for one command. */
  FakeExchange open();

  /** Called when the command is done with it. */
  void release(FakeExchange fake);

  /** A fresh FakeExchange with the demo tenant for every command, closed afterwards. */
  static FakeExchangeSource embeddedDemoTenant() {
    return new FakeExchangeSource() {
      @Override
      public FakeExchange open() {
        return FakeExchange.builder().seed(Seed.DEMO).start();
      }

      @Override
      public void release(FakeExchange fake) {
        fake.close();
      }
    };
  }

  /** Always {@code fake}, never closed: its owner inspects it after the command. */
  static FakeExchangeSource shared(FakeExchange fake) {
    return new FakeExchangeSource() {
      @Override
      public FakeExchange open() {
        return fake;
      }

      @Override
      public void release(FakeExchange f) {}
    };
  }
}

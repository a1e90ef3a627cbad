package dev.exchangesdk.examples.support;

import picocli.CommandLine.Mixin;

/**
 * A command that works on a tenant: Exchange Online when the tenant options (or environment
 * variables) are given, else an embedded FakeExchange with the demo tenant. The {@link Target} is
 * opened before {@link #run(Target, Output)} and closed after it.
 */
public abstract class TenantCommand extends ExampleCommand {
  @Mixin ConnectionOptions connection;

  @Override
  protected final int run(Context context, Output out) throws Exception {
    try (Target target = Target.connect(connection, context, out)) {
      out.meta("target", target.isFakeExchange() ? "FakeExchange" : "Exchange Online");
      out.meta("tenant", target.tenant());
      return run(target, out);
    }
  }

  /**
   * The example itself.
   *
   * @return the exit code: 0 when it did what was asked
   */
  protected abstract int run(Target target, Output out) throws Exception;
}

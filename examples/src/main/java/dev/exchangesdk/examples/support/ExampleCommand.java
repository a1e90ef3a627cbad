package dev.exchangesdk.examples.support;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The frame every example command runs in: logging, and text or JSON output. */
public abstract class ExampleCommand implements Callable<Integer> {
  @Mixin OutputOptions outputOptions;

  @Spec CommandSpec spec;

  /** The root command's object provides the streams, environment and FakeExchange source. */
  public interface Root {
    Context context();
  }

  @Override
  public final Integer call() throws Exception {
    Logging.configure(outputOptions.verbose);
    Context context = ((Root) spec.root().userObject()).context();
    Output out = new Output(context.out(), context.err(), outputOptions.json);
    int exitCode = run(context, out);
    out.finish();
    return exitCode;
  }

  /**
   * Runs the command.
   *
   * @return the exit code: 0 when it did what was asked
   */
  protected abstract int run(Context context, Output out) throws Exception;
}

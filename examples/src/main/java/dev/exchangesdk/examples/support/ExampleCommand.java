package dev.exchangesdk.examples.support;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The frame every example command runs in: logging, and text or JSON output. */
@Command(mixinStandardHelpOptions = true, versionProvider = ExampleCommand.Version.class)
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

  /** The SDK version from the jar manifest. */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ExampleCommand.class.getPackage().getImplementationVersion();
      return new String[] {"Exchange SDK for Java examples " + (v == null ? "(development)" : v)};
    }
  }
}

package dev.exchangesdk.examples;

import dev.exchangesdk.examples.support.Context;
import dev.exchangesdk.examples.support.DurationConverter;
import dev.exchangesdk.examples.support.Errors;
import dev.exchangesdk.examples.support.ExampleCommand;
import dev.exchangesdk.examples.support.UsageException;
import java.time.Duration;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The examples jar: one subcommand per use case. {@code java -jar exchange-sdk-examples.jar} runs
 * {@code demo}; without tenant settings every command runs against an embedded FakeExchange.
 */
@Command(
    name = "java -jar exchange-sdk-examples.jar",
    mixinStandardHelpOptions = true,
    versionProvider = ExampleCommand.Version.class,
    description = {
      "Examples of the Exchange SDK for Java. Without a tenant every command runs against an"
          + " embedded FakeExchange seeded with a demo tenant (contoso.com).",
      ""
    },
    subcommands = {
      DemoCommand.class,
      MonitorCommand.class,
      SearchCommand.class,
      AttachmentsCommand.class,
      ExportEmlCommand.class,
      CleanUpCommand.class,
      SendCommand.class,
      ReplyCommand.class,
      JunkCommand.class,
      AllowBlockCommand.class,
      TraceCommand.class,
      PurgeCommand.class,
      CreateCertificateCommand.class,
      CheckCommand.class,
      HelpCommand.class
    },
    footer = {
      "",
      "Exchange Online: --tenant, --client-id, --pfx FILE | --pfx-base64 TEXT, --password, --cloud,"
          + " or the environment variables EXCHANGE_TENANT, EXCHANGE_CLIENT_ID,"
          + " EXCHANGE_CERTIFICATE_PFX | EXCHANGE_CERTIFICATE_PFX_BASE64,"
          + " EXCHANGE_CERTIFICATE_PASSWORD, EXCHANGE_CLOUD.",
      "Other endpoints (Exchange Server on premises, private deployments): --ews-url,"
          + " --exchange-scope, --authority-host, --exchange-host, --compliance-host, or"
          + " EXCHANGE_EWS_URL, EXCHANGE_SCOPE, EXCHANGE_AUTHORITY_HOST, EXCHANGE_HOST,"
          + " EXCHANGE_COMPLIANCE_HOST.",
      "Every command takes --json (one JSON object on stdout) and --verbose (SDK debug logs).",
      "Exit status: 0 done, 1 failed (one line on stderr), 2 bad options.%n"
    })
public final class Examples implements Runnable, ExampleCommand.Root {
  private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  private final Context context;

  Examples(Context context) {
    this.context = context;
  }

  public static void main(String[] args) {
    System.exit(execute(Context.system(), args));
  }

  /** Runs one command line and returns its exit status. */
  static int execute(Context context, String... args) {
    CommandLine cli = new CommandLine(new Examples(context));
    cli.setOut(new java.io.PrintWriter(context.out(), true));
    cli.setErr(new java.io.PrintWriter(context.err(), true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Duration.class, new DurationConverter());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          context.err().println(Errors.oneLine(e));
          return e instanceof UsageException ? 2 : 1;
        });
    cli.setParameterExceptionHandler(
        (e, args1) -> {
          context.err().println("error: " + e.getMessage());
          context
              .err()
              .println("See: java -jar exchange-sdk-examples.jar " + commandName(e) + "--help");
          return 2;
        });
    return cli.execute(withDefaultCommand(args));
  }

  /** No command (or only a command's options) means {@code demo}. */
  private static String[] withDefaultCommand(String[] args) {
    if (args.length == 0 || (args[0].startsWith("-") && !TOP_LEVEL_OPTIONS.contains(args[0]))) {
      String[] withDemo = new String[args.length + 1];
      withDemo[0] = "demo";
      System.arraycopy(args, 0, withDemo, 1, args.length);
      return withDemo;
    }
    return args;
  }

  private static String commandName(CommandLine.ParameterException e) {
    CommandLine c = e.getCommandLine();
    return c == null || c.getParent() == null ? "" : c.getCommandName() + " ";
  }

  @Override
  public Context context() {
    return context;
  }

  @Override
  public void run() {
    // Only reached with no subcommand, which withDefaultCommand turns into "demo".
    new CommandLine(this).usage(context.out());
  }
}

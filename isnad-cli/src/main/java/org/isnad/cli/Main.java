package org.isnad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code isnad} command. Sub-commands do the work and return exit codes; this class only dispatches. */
@Command(name = "isnad", mixinStandardHelpOptions = true, version = "isnad 0.1.0",
    description = "Sourced facts of money and influence from Arabic and English news.",
    subcommands = {ExtractCommand.class, IngestCommand.class, BriefCommand.class, QueryCommand.class, EntityCommand.class, ExportCommand.class,
        DemoCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /**
   * Commands of isnad-server, a runtime dependency: they are in the shaded jar that ./isnad runs,
   * but not on the class path of this module's tests, which keep Jetty out. Parent "" is the root.
   */
  private static final String[][] OPTIONAL = {{"", "org.isnad.server.ServeCommand"}, {"bench", "org.isnad.server.ServeBench"}};

  public static void main(String[] args) {
    // The schema validator logs through SLF4J; isnad has no logging back end and prints its own messages.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
    System.exit(run(args));
  }

  public static int run(String... args) {
    return commandLine().setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    for (String[] o : OPTIONAL) {
      Object command;
      try {
        command = Class.forName(o[1]).getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError e) {
        continue; // not in this build
      }
      (o[0].isEmpty() ? cl : cl.getSubcommands().get(o[0])).addSubcommand(command);
    }
    return cl;
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}

package org.isnad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code isnad} command. Sub-commands do the work and return exit codes; this class only dispatches. */
@Command(name = "isnad", mixinStandardHelpOptions = true, version = "isnad 0.1.0",
    description = "Sourced facts of money and influence from Arabic and English news.",
    subcommands = {ExtractCommand.class, IngestCommand.class, BriefCommand.class, QueryCommand.class, EntityCommand.class,
        DemoCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    // The schema validator logs through SLF4J; isnad has no logging back end and prints its own messages.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
    System.exit(run(args));
  }

  public static int run(String... args) {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}

package org.isnad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code isnad demo}: extract the bundled examples, store them, and show what was found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Extract facts from the bundled examples/, store them in isnad.db and show them.")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}

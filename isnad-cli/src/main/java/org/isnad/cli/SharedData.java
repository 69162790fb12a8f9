package org.isnad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --shared} option of the commands that read ../shared (training, evaluation, benchmarks). */
final class SharedData {
  @Option(names = "--shared", description = "the shared data folder (default: ../shared beside the checkout)")
  Path shared;

  /** The folder given, or ../shared beside the isnad checkout. */
  Path path() {
    return shared != null ? shared : Path.of(System.getProperty("isnad.home", ".")).resolve("../shared");
  }
}

package org.isnad.cli;

import java.io.PrintStream;

/**
 * One progress line on standard error, redrawn at most four times a second, for long runs.
 * Messages (per-document errors, skips) are printed on their own lines above it.
 */
final class Progress {
  private final PrintStream log;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  Progress(PrintStream log, boolean enabled) {
    this.log = log;
    this.enabled = enabled;
  }

  /** Whether to show progress by default: only when a person is watching a terminal. */
  static boolean interactive() {
    // Java 17 cannot ask whether stderr alone is a terminal; a console means stdin and stdout are.
    return System.console() != null;
  }

  void message(String line) {
    clear();
    log.println(line);
  }

  void update(int documents, int facts, int errors) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 250_000_000L) {
      return;
    }
    lastDraw = now;
    double seconds = Math.max(0.001, (now - start) / 1e9);
    log.printf(java.util.Locale.ROOT, "\r%,d documents, %,d facts, %,d errors, %.0f documents/s, %.0f s ",
        documents, facts, errors, documents / seconds, seconds);
    log.flush();
    drawn = true;
  }

  void finish() {
    clear();
  }

  long millis() {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private void clear() {
    if (drawn) {
      log.print("\r\033[K");
      drawn = false;
    }
  }
}

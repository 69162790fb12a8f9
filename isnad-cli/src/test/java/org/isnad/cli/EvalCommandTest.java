package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** isnad eval prints what the reference scorer prints, on the dev set, from the real extractor's output. */
class EvalCommandTest {
  private static final Path SHARED = Path.of(System.getProperty("isnad.shared", "../../shared"));
  private static final Path DEV = SHARED.resolve("eval/dev");
  private static final Path SCORE_PY = SHARED.resolve("tools/score.py");

  @TempDir
  Path dir;

  @Test
  void agreesWithTheReferenceScorerOnTheDevSet() throws Exception {
    assumeTrue(Files.isDirectory(DEV) && Files.isRegularFile(SCORE_PY), "needs ../shared/eval/dev and score.py");
    assumeTrue(python() != null, "needs python3");
    try (var files = Files.list(DEV)) {
      String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("extract"),
          files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString)).toArray(String[]::new);
      CliRun extract = CliRun.of(args);
      Path pred = dir.resolve("p.jsonl");
      Files.writeString(pred, extract.out(), StandardCharsets.UTF_8);

      String reference = run(python(), SCORE_PY.toString(), "--gold", DEV.toString(), "--pred", pred.toString(),
          "--verbose");
      CliRun withPred = CliRun.of("eval", "--gold", DEV.toString(), "--pred", pred.toString(), "--verbose");
      CliRun extracting = CliRun.of("eval", "--gold", DEV.toString(), "--verbose");

      assertThat(reference).contains("overall: core P");
      assertThat(withPred.out()).isEqualTo(reference);
      assertThat(extracting.out()).isEqualTo(reference);
    }
  }

  private static String python() {
    for (String p : new String[] {"/usr/bin/python3", "/usr/local/bin/python3"}) {
      if (Files.isExecutable(Path.of(p))) {
        return p;
      }
    }
    try {
      Process which = new ProcessBuilder("sh", "-c", "command -v python3").start();
      String path = new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return which.waitFor() == 0 && !path.isEmpty() ? path : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static String run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("score.py exit").isZero();
    return out;
  }
}

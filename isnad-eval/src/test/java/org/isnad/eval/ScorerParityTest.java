package org.isnad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.isnad.eval.PredictionMaker.Spoil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java scorer prints exactly what shared/tools/score.py prints, text (verbose) and JSON, on
 * the dev and dev-en gold with prediction sets made from that gold and spoiled in many ways.
 * Runs only where python3 and the shared folder exist.
 */
class ScorerParityTest {
  private static Path shared;
  private static List<Path> goldDirs;
  /** score.py's output per prediction set name and mode, from one python3 run for all. */
  private static final Map<String, String> PYTHON = new HashMap<>();
  @TempDir
  static Path tmp;

  @BeforeAll
  static void findSharedAndPython() throws Exception {
    String dir = System.getProperty("isnad.shared");
    assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "tools", "score.py")), "no shared folder");
    shared = Path.of(dir);
    goldDirs = List.of(shared.resolve("eval/dev"), shared.resolve("eval/dev-en"));
    assumeTrue(goldDirs.stream().allMatch(Files::isDirectory), "no dev gold");
    assumeTrue(PythonRunner.available(), "no python3");
    List<JsonNode> golds = Scorer.readGold(Scorer.goldFiles(goldDirs));
    List<List<String>> jobs = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Arguments set : predictionSets().toList()) {
      String name = (String) set.get()[0];
      Path pred = tmp.resolve(name + ".jsonl");
      Files.writeString(pred, new PredictionMaker((Long) set.get()[1], (Spoil) set.get()[2]).jsonLines(golds),
          StandardCharsets.UTF_8);
      for (boolean json : new boolean[] {false, true}) {
        keys.add(name + json);
        jobs.add(PythonRunner.argv(goldDirs, pred, json));
      }
    }
    List<String> outputs = PythonRunner.scoreAll(shared, jobs);
    for (int i = 0; i < keys.size(); i++) {
      PYTHON.put(keys.get(i), outputs.get(i));
    }
  }

  static Stream<Arguments> predictionSets() {
    Spoil n = Spoil.none();
    return Stream.of(
        Arguments.of("perfect", 1L, n),
        Arguments.of("dropped", 2L, new Spoil(0.4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false)),
        Arguments.of("wrong-roles", 3L, new Spoil(0, 0, 0, 0.4, 0, 0, 0, 0, 0, 0, 0, 0, false)),
        Arguments.of("wrong-attributes", 4L, new Spoil(0, 0, 0, 0, 0.6, 0.5, 0.5, 0.7, 0, 0, 0, 0, false)),
        Arguments.of("duplicates", 5L, new Spoil(0, 0.5, 0, 0, 0.3, 0, 0, 0, 0, 0, 0, 0, false)),
        Arguments.of("invented", 6L, new Spoil(0, 0, 0.5, 0, 0, 0, 0, 0, 0, 0.2, 0, 0, false)),
        Arguments.of("shuffled", 7L, new Spoil(0, 0.3, 0, 0, 0.3, 0, 0, 0, 0, 0, 0, 0, true)),
        Arguments.of("partial-quotes", 8L, new Spoil(0, 0.2, 0, 0, 0, 0, 0, 0, 0.8, 0, 0, 0, false)),
        Arguments.of("entity-names", 9L, new Spoil(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0, false)),
        Arguments.of("missing-docs", 10L, new Spoil(0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3, false)),
        Arguments.of("everything-a", 11L, new Spoil(0.2, 0.2, 0.2, 0.2, 0.3, 0.3, 0.3, 0.3, 0.5, 0.1, 0.3, 0.1, true)),
        Arguments.of("everything-b", 12L, new Spoil(0.3, 0.3, 0.3, 0.1, 0.5, 0.5, 0.5, 0.5, 0.7, 0.2, 0.4, 0.2, true)),
        Arguments.of("everything-c", 13L, new Spoil(0.1, 0.4, 0.1, 0.3, 0.2, 0.2, 0.2, 0.2, 0.3, 0.05, 0.2, 0.05, true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("predictionSets")
  void printsWhatScorePyPrints(String name, long seed, Spoil spoil) throws Exception {
    Path pred = tmp.resolve(name + ".jsonl");

    String keep = System.getProperty("isnad.parity.out"); // to look at the sets and both outputs
    for (boolean json : new boolean[] {false, true}) {
      String python = PYTHON.get(name + json);
      String java = java(goldDirs, pred, json);
      if (keep != null) {
        Path dir = Files.createDirectories(Path.of(keep));
        Files.copy(pred, dir.resolve(pred.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        String suffix = json ? ".json" : ".txt";
        Files.writeString(dir.resolve(name + ".python" + suffix), python, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".java" + suffix), java, StandardCharsets.UTF_8);
      }
      assertThat(java).as("%s %s", name, json ? "--json" : "--verbose").isEqualTo(python);
    }
  }

  static String java(List<Path> gold, Path pred, boolean json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int code = Scorer.run(gold, pred, json, !json, out, out);
    assertThat(code).isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Runs score.py with UTF-8 output. */
  static final class PythonRunner {
    static boolean available() {
      try {
        Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    /** Runs score.py as a program, once. */
    static String score(Path shared, List<Path> gold, Path pred, boolean json) throws Exception {
      List<String> cmd = new ArrayList<>(List.of("python3", shared.resolve("tools/score.py").toString()));
      cmd.addAll(argv(gold, pred, json));
      return run(new ProcessBuilder(cmd), null);
    }

    static List<String> argv(List<Path> gold, Path pred, boolean json) {
      List<String> argv = new ArrayList<>(List.of("--gold"));
      gold.forEach(g -> argv.add(g.toString()));
      argv.addAll(List.of("--pred", pred.toString(), json ? "--json" : "--verbose"));
      return argv;
    }

    /** Calls score.py's main() once per argument list in one interpreter, to save start-up time. */
    static List<String> scoreAll(Path shared, List<List<String>> jobs) throws Exception {
      String driver = String.join("\n",
          "import sys, io, json, contextlib, importlib.util",
          "spec = importlib.util.spec_from_file_location('score', sys.argv[1])",
          "score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)",
          "outputs = []",
          "for argv in json.load(sys.stdin):",
          "    sys.argv = ['score.py'] + argv",
          "    buf = io.StringIO()",
          "    with contextlib.redirect_stdout(buf): score.main()",
          "    outputs.append(buf.getvalue())",
          "sys.stdout.write(json.dumps(outputs))", "");
      Path script = Files.writeString(Files.createTempFile("score-driver", ".py"), driver, StandardCharsets.UTF_8);
      try {
        String out = run(new ProcessBuilder("python3", script.toString(), shared.resolve("tools/score.py").toString()),
            PyJson.MAPPER.writeValueAsString(jobs));
        List<String> outputs = new ArrayList<>();
        PyJson.MAPPER.readTree(out).forEach(o -> outputs.add(o.textValue()));
        return outputs;
      } finally {
        Files.deleteIfExists(script);
      }
    }

    private static String run(ProcessBuilder pb, String stdin) throws Exception {
      pb.environment().put("PYTHONIOENCODING", "utf-8");
      pb.redirectError(ProcessBuilder.Redirect.INHERIT);
      Process p = pb.start();
      try (var in = p.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("python3 exit code").isZero();
      return out;
    }
  }
}

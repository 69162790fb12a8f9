package org.isnad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Java port of {@code shared/tools/score.py} (FACTS.md §4): scores predictions, as printed
 * by {@code isnad extract}, against {@code NAME.gold.json} files, and prints what score.py
 * prints, byte for byte, so the two can be diffed. Stateless; every method is thread-safe.
 */
public final class Scorer {
  private Scorer() {}

  /**
   * {@code score.py --gold GOLD... --pred PRED [--json] [--verbose]}. {@code pred} "-" reads
   * standard input. Returns 0, or 1 after printing the reason on {@code err} when a file cannot
   * be read or parsed (score.py stops with a traceback there).
   */
  public static int run(List<Path> gold, Path pred, boolean json, boolean verbose, PrintStream out, PrintStream err) {
    if (pred == null) {
      throw new IllegalArgumentException("pred is null: without a predictions file, extract the text beside each "
          + "gold file (Scorer.textBeside) and call run(gold, Map<String, JsonNode>, ...)");
    }
    Map<String, JsonNode> preds;
    try {
      if (pred.toString().equals("-")) {
        preds = readPredictions(System.in);
      } else {
        try (InputStream in = Files.newInputStream(pred)) {
          preds = readPredictions(in);
        }
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println("isnad eval: cannot read predictions " + pred + ": " + e.getMessage());
      return 1;
    }
    return runKeyed(gold, preds, json, verbose, out, err);
  }

  /** {@link #run(List, Path, boolean, boolean, PrintStream, PrintStream)} with errors on standard error. */
  public static int run(List<Path> gold, Path pred, boolean json, boolean verbose, PrintStream out) {
    return run(gold, pred, json, verbose, out, System.err);
  }

  /**
   * Scores predictions already in hand (e.g. from running the extractor over the {@code .txt}
   * beside each gold file), keyed by their {@code doc.id}. A document with no entry is scored
   * as an empty prediction.
   */
  public static int run(List<Path> gold, Map<String, JsonNode> predictionsById, boolean json, boolean verbose,
      PrintStream out, PrintStream err) {
    Map<String, JsonNode> keyed = new LinkedHashMap<>();
    predictionsById.forEach((id, doc) -> keyed.put("s:" + id, doc));
    return runKeyed(gold, keyed, json, verbose, out, err);
  }

  /** {@link #run(List, Map, boolean, boolean, PrintStream, PrintStream)} with errors on standard error. */
  public static int run(List<Path> gold, Map<String, JsonNode> predictionsById, boolean json, boolean verbose,
      PrintStream out) {
    return run(gold, predictionsById, json, verbose, out, System.err);
  }

  private static int runKeyed(List<Path> gold, Map<String, JsonNode> preds, boolean json, boolean verbose,
      PrintStream out, PrintStream err) {
    Report report;
    try {
      report = Report.score(readGold(goldFiles(gold)), preds);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println("isnad eval: " + e.getMessage());
      return 1;
    }
    out.print(json ? report.json() : report.text(verbose));
    out.flush();
    return 0;
  }

  /** Scores parsed gold documents against predictions keyed by {@code doc.id}. */
  public static Report score(List<JsonNode> golds, Map<String, JsonNode> predictionsById) {
    Map<String, JsonNode> keyed = new LinkedHashMap<>();
    predictionsById.forEach((id, doc) -> keyed.put("s:" + id, doc));
    return Report.score(golds, keyed);
  }

  /**
   * The gold files in the order score.py reads them: each argument in turn; a directory gives
   * its {@code *.gold.json} files at any depth (symbolic links to directories not followed),
   * sorted by path components compared by code point, as Python sorts paths.
   */
  public static List<Path> goldFiles(List<Path> gold) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : gold) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> p.getFileName().toString().endsWith(".gold.json") && !Files.isDirectory(p))
              .sorted(PATH_ORDER)
              .forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** The text a gold file annotates: {@code NAME.txt} beside {@code NAME.gold.json}. */
  public static Path textBeside(Path goldFile) {
    String name = goldFile.getFileName().toString();
    String stem = name.endsWith(".gold.json") ? name.substring(0, name.length() - ".gold.json".length()) : name;
    return goldFile.resolveSibling(stem + ".txt");
  }

  private static final Comparator<Path> PATH_ORDER = (a, b) -> {
    int n = Math.min(a.getNameCount(), b.getNameCount());
    for (int i = 0; i < n; i++) {
      int c = Py.compareCodePoints(a.getName(i).toString(), b.getName(i).toString());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.getNameCount(), b.getNameCount());
  };

  /** Reads gold files as Python's {@code json.loads(f.read_text(encoding="utf-8"))}. */
  public static List<JsonNode> readGold(List<Path> files) throws IOException {
    List<JsonNode> golds = new ArrayList<>();
    for (Path f : files) {
      try {
        golds.add(PyJson.MAPPER.readTree(decode(Files.readAllBytes(f))));
      } catch (IOException e) {
        throw new IOException(f + ": " + e.getMessage(), e);
      }
    }
    return golds;
  }

  /**
   * Reads JSON Lines predictions as score.py's {@code load_pred}: blank lines skipped, a later
   * line with the same {@code doc.id} replacing an earlier one. Keys are {@link Py#key} values.
   */
  static Map<String, JsonNode> readPredictions(InputStream in) throws IOException {
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (Py.strip(line).isEmpty()) {
        continue;
      }
      JsonNode d;
      try {
        d = PyJson.MAPPER.readTree(line);
      } catch (IOException e) {
        throw new IOException("line " + number + ": " + e.getMessage(), e);
      }
      docs.put(Py.key(Py.get(Py.or(Py.get(d, "doc"), null), "id")), d);
    }
    return docs;
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
  }
}

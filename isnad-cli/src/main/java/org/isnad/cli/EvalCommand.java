package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.eval.Scorer;
import org.isnad.extract.Extractor;
import org.isnad.fact.FactsJson;
import org.isnad.text.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad eval}: scores facts against hand-made gold, as FACTS.md §4 and score.py do. */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalCommand.Ner.class, EvalCommand.Translit.class},
    description = {"Score extracted facts against gold (FACTS.md section 4): per-type recall, attribute accuracy,",
        "core and strict precision, recall and F1. Without --pred, extracts the .txt beside each gold file."})
final class EvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--gold", arity = "1..*", description = "gold files or directories of *.gold.json")
  List<Path> gold;

  @Option(names = "--pred", description = "predictions as printed by isnad extract (JSON Lines); - for stdin")
  Path pred;

  @Option(names = "--json", description = "print one JSON summary")
  boolean json;

  @Option(names = "--verbose", description = "list the missed and the false facts of each document")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    if (gold == null || gold.isEmpty()) {
      System.err.println("isnad eval: give --gold DIR (facts), or a sub-command: ner, translit");
      return 2;
    }
    if (pred != null) {
      return Scorer.run(gold, pred, json, verbose, System.out, System.err);
    }
    Map<String, JsonNode> predictions = new LinkedHashMap<>();
    Extractor extractor = Extractor.standard();
    for (Path g : Scorer.goldFiles(gold)) {
      Path text = Scorer.textBeside(g);
      String id = ExtractCommand.Input.defaultId(text.toString());
      if (!Files.isRegularFile(text)) {
        System.err.println("isnad eval: no text beside " + g + " (looked for " + text + "); scored as empty");
        continue;
      }
      TextDecoder.Result r = TextDecoder.decode(Files.readAllBytes(text));
      if (!r.ok()) {
        System.err.println("isnad eval: " + text + ": " + r.error() + "; scored as empty");
        continue;
      }
      predictions.put(id, JSON.readTree(FactsJson.write(extractor.extract(id, r.text(), "auto", null))));
    }
    return Scorer.run(gold, predictions, json, verbose, System.out, System.err);
  }

  /** {@code isnad eval ner}: CoNLL exact-span scores of the name tagger on ANERcorp test and held-out AQMAR. */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Score the name tagger: per-class precision, recall and F1 on the ANERcorp test split and"
          + " held-out AQMAR articles, and its speed.")
  static final class Ner implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Mixin
    SharedData shared;

    @Override
    public Integer call() {
      return org.isnad.eval.ner.NerEvaluation.evaluate(shared.path(), System.out);
    }
  }

  /** {@code isnad eval translit}: exact match and character error rate on held-out name pairs. */
  @Command(name = "translit", mixinStandardHelpOptions = true,
      description = "Score the transliteration model on the held-out Wikidata name pairs.")
  static final class Translit implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Mixin
    SharedData shared;

    @Override
    public Integer call() {
      return org.isnad.eval.link.TranslitTraining.evaluate(shared.path(), System.out);
    }
  }
}

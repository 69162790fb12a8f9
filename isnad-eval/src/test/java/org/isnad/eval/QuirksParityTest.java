package org.isnad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Predictions that bend the contract without breaking score.py: numeric entity ids, amounts
 * as strings with underscores or Arabic-Indic digits, booleans, nulls, missing ids, aliases
 * given as one string, repeated documents and entity ids. Both scorers must still print the same.
 */
class QuirksParityTest {
  @Test
  void printsWhatScorePyPrintsOnOddButReadablePredictions(@TempDir Path tmp) throws Exception {
    String dir = System.getProperty("isnad.shared");
    assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "tools", "score.py")), "no shared folder");
    assumeTrue(ScorerParityTest.PythonRunner.available(), "no python3");
    Path shared = Path.of(dir);
    List<Path> gold = List.of(shared.resolve("eval/dev"), shared.resolve("eval/dev-en"));
    List<JsonNode> golds = Scorer.readGold(Scorer.goldFiles(gold));
    String perfect = new PredictionMaker(21, PredictionMaker.Spoil.none()).jsonLines(golds);

    StringBuilder out = new StringBuilder("{\"entities\": [], \"facts\": []}\n   \t\n");
    int[] counter = {0, 0};
    for (String line : perfect.split("\n")) {
      ObjectNode doc = (ObjectNode) PyJson.MAPPER.readTree(line);
      ObjectNode decoy = doc.deepCopy();
      decoy.putArray("facts");
      out.append(decoy).append('\n'); // replaced by the line below, same doc.id
      out.append(bend(doc, counter)).append('\n');
    }
    Path pred = tmp.resolve("quirks.jsonl");
    Files.writeString(pred, out, StandardCharsets.UTF_8);
    if (System.getProperty("isnad.parity.out") != null) { // to look at the set
      Files.writeString(Path.of(System.getProperty("isnad.parity.out"), "quirks.jsonl"), out, StandardCharsets.UTF_8);
    }
    for (boolean json : new boolean[] {false, true}) {
      assertThat(ScorerParityTest.java(gold, pred, json))
          .isEqualTo(ScorerParityTest.PythonRunner.score(shared, gold, pred, json));
    }
  }

  @Test
  void readsGoldFilesInArgumentOrderAndPredictionsFromStandardInput(@TempDir Path tmp) throws Exception {
    String dir = System.getProperty("isnad.shared");
    assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "tools", "score.py")), "no shared folder");
    assumeTrue(ScorerParityTest.PythonRunner.available(), "no python3");
    Path shared = Path.of(dir);
    List<Path> files = Scorer.goldFiles(List.of(shared.resolve("eval/dev")));
    Path empty = Files.createDirectories(tmp.resolve("no-gold-here"));
    List<Path> gold = List.of(files.get(files.size() - 1), files.get(0), empty);
    String pred = new PredictionMaker(31, new PredictionMaker.Spoil(0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.1,
        0.3, 0, true)).jsonLines(Scorer.readGold(gold.subList(0, 2)));
    Path predFile = Files.writeString(tmp.resolve("p.jsonl"), pred, StandardCharsets.UTF_8);

    String python = ScorerParityTest.PythonRunner.score(shared, gold, predFile, false);
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(pred.getBytes(StandardCharsets.UTF_8)));
      assertThat(ScorerParityTest.java(gold, Path.of("-"), false)).isEqualTo(python);
    } finally {
      System.setIn(stdin);
    }
    assertThat(python).startsWith(Scorer.readGold(gold.subList(0, 1)).get(0).get("doc").asText() + ": ");
  }

  @Test
  void printsTheSameEmptySummaryWhenThereIsNoGold(@TempDir Path tmp) throws Exception {
    String dir = System.getProperty("isnad.shared");
    assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "tools", "score.py")), "no shared folder");
    assumeTrue(ScorerParityTest.PythonRunner.available(), "no python3");
    Path pred = Files.writeString(tmp.resolve("p.jsonl"), "\n", StandardCharsets.UTF_8);
    List<Path> gold = List.of(Files.createDirectories(tmp.resolve("g")));
    for (boolean json : new boolean[] {false, true}) {
      assertThat(ScorerParityTest.java(gold, pred, json))
          .isEqualTo(ScorerParityTest.PythonRunner.score(Path.of(dir), gold, pred, json));
    }
  }

  private static ObjectNode bend(ObjectNode doc, int[] counter) {
    Map<String, JsonNode> renamed = new HashMap<>();
    ArrayNode entities = (ArrayNode) doc.get("entities");
    for (JsonNode n : entities) {
      ObjectNode e = (ObjectNode) n;
      int k = Integer.parseInt(e.get("id").asText().substring(1));
      switch (counter[1]++ % 7) {
        case 0 -> renamed.put(e.get("id").asText(), IntNode.valueOf(k));
        case 1 -> renamed.put(e.get("id").asText(), DoubleNode.valueOf(k));
        case 2 -> e.put("aliases", e.get("name").asText());
        case 3 -> {
          e.put("name", "");
          e.putArray("aliases");
        }
        default -> { }
      }
    }
    entities.forEach(e -> ((ObjectNode) e).set("id", renamed.getOrDefault(e.get("id").asText(), e.get("id"))));
    if (entities.size() > 1) {
      entities.addObject().put("name", "اسم آخر تماماً").set("id", entities.get(0).get("id"));
    }
    for (JsonNode n : doc.get("facts")) {
      ObjectNode f = (ObjectNode) n;
      ObjectNode roles = (ObjectNode) f.get("roles");
      roles.fieldNames().forEachRemaining(r -> {
        JsonNode v = roles.get(r);
        if (v.isTextual()) {
          roles.set(r, renamed.getOrDefault(v.asText(), v));
        }
      });
      JsonNode amount = f.get("amount");
      long value = amount == null ? 0 : amount.path("value").asLong();
      switch (counter[0]++ % 13) {
        case 0 -> { if (amount != null) ((ObjectNode) amount).put("value", String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '_')); }
        case 1 -> { if (amount != null) ((ObjectNode) amount).put("value", arabicDigits(value)); }
        case 2 -> { if (f.has("time")) ((ObjectNode) f.get("time")).put("value", 2021); else f.putObject("time").put("value", true); }
        case 3 -> { if (f.has("status")) f.putNull("status"); else f.putArray("status").add("occurred"); }
        case 4 -> f.putNull("id");
        case 5 -> f.remove("id");
        case 6 -> f.put("id", " F9 ").put("type", "competition");
        case 7 -> roles.fieldNames().forEachRemaining(r -> roles.set(r, roles.get(r).isArray()
            ? roles.get(r).get(0) : PyJson.MAPPER.createArrayNode().add(roles.get(r))));
        case 8 -> f.putObject("attribution");
        case 9 -> f.put("quote", "🙂 " + "كلمة ".repeat(20) + "🙂🙂").put("type", "statement");
        case 10 -> roles.fieldNames().forEachRemaining(r -> roles.putNull(r));
        case 11 -> { if (amount != null) ((ObjectNode) amount).putNull("currency"); }
        default -> { if (amount != null) ((ObjectNode) amount).put("value", true); else f.set("id", TextNode.valueOf("")); }
      }
    }
    return doc;
  }

  private static String arabicDigits(long value) {
    StringBuilder b = new StringBuilder();
    String.valueOf(value).chars().forEach(c -> b.append((char) ('٠' + (c - '0'))));
    return b.toString();
  }
}

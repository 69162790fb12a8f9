package org.isnad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of a set of gold documents, summed as score.py's {@code main()} sums them, and
 * printed exactly as score.py prints them ({@link #text(boolean)} and {@link #json()}).
 */
public final class Report {
  private static final String[] COUNTS = {"tp", "strict_tp", "fp", "fn", "gold", "pred"};

  /** Per gold document id, in first-seen order (a repeated id keeps its place, last result wins). */
  private final Map<String, Map.Entry<String, DocResult>> docs = new LinkedHashMap<>();
  private final long[] total = new long[COUNTS.length];
  private final Map<String, long[]> attrs = new LinkedHashMap<>();
  private final Map<String, long[]> perType = new LinkedHashMap<>();
  private final long[] entities = new long[2];

  /** Scores gold documents (parsed gold.json) against predictions keyed by {@link Py#key} of doc.id. */
  static Report score(List<JsonNode> golds, Map<String, JsonNode> predsByKey) {
    Report report = new Report();
    for (JsonNode gold : golds) {
      JsonNode id = Py.get(gold, "doc");
      if (id == null) {
        throw new IllegalArgumentException("gold file has no \"doc\" field: " + abbreviate(gold));
      }
      String key = Py.key(id);
      DocResult res = DocScorer.score(gold, predsByKey.get(key));
      Map.Entry<String, DocResult> old = report.docs.get(key);
      report.docs.put(key, Map.entry(old != null ? old.getKey() : Py.str(id), res));
      long[] counts = {res.tp(), res.strictTp(), res.fp(), res.fn(), res.gold(), res.pred()};
      for (int i = 0; i < counts.length; i++) {
        report.total[i] += counts[i];
      }
      res.attrs().forEach((k, v) -> add(report.attrs, k, v));
      report.entities[0] += res.entitiesFound();
      report.entities[1] += res.entitiesWanted();
      res.perType().forEach((k, v) -> add(report.perType, k, v));
    }
    return report;
  }

  private static void add(Map<String, long[]> sums, String key, int[] v) {
    long[] s = sums.computeIfAbsent(key, k -> new long[2]);
    s[0] += v[0];
    s[1] += v[1];
  }

  /** Per-document results, keyed by gold doc id as printed. */
  public Map<String, DocResult> documents() {
    Map<String, DocResult> out = new LinkedHashMap<>();
    docs.values().forEach(e -> out.put(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(out);
  }

  /** Overall {precision, recall, F1} over facts. */
  public double[] core() {
    return prf(total[0], total[5], total[4]);
  }

  /** Overall strict {precision, recall, F1}: the headline figure is element 2. */
  public double[] strict() {
    return prf(total[1], total[5], total[4]);
  }

  public double entityRecall() {
    return entities[1] != 0 ? (double) entities[0] / entities[1] : 0.0;
  }

  static double[] prf(double tp, double pred, double gold) {
    double p = pred != 0 ? tp / pred : 0.0;
    double r = gold != 0 ? tp / gold : 0.0;
    return new double[] {p, r, p + r != 0 ? 2 * p * r / (p + r) : 0.0};
  }

  private Map<String, Double> recallByType() {
    List<String> keys = new ArrayList<>(perType.keySet());
    keys.sort(Py.CODE_POINT_ORDER);
    Map<String, Double> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(k, (double) perType.get(k)[0] / perType.get(k)[1]));
    return out;
  }

  private Map<String, Double> attributes() {
    Map<String, Double> out = new LinkedHashMap<>();
    attrs.forEach((k, v) -> {
      if (v[1] != 0) {
        out.put(k, (double) v[0] / v[1]);
      }
    });
    return out;
  }

  /** score.py's {@code --json} output, {@code json.dumps(summary, ensure_ascii=False, indent=1)} plus newline. */
  public String json() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode s = f.objectNode();
    s.put("docs", docs.size());
    putPrf(s.putObject("core"), core());
    putPrf(s.putObject("strict"), strict());
    s.put("entity_recall", entityRecall());
    ObjectNode counts = s.putObject("counts");
    for (int i = 0; i < COUNTS.length; i++) {
      counts.put(COUNTS[i], total[i]);
    }
    ObjectNode a = s.putObject("attributes");
    attributes().forEach(a::put);
    ObjectNode t = s.putObject("recall_by_type");
    recallByType().forEach(t::put);
    return PyJson.dumps(s, 1) + "\n";
  }

  private static void putPrf(ObjectNode o, double[] v) {
    o.put("p", v[0]);
    o.put("r", v[1]);
    o.put("f", v[2]);
  }

  /** score.py's text output; with {@code verbose}, the missed and false-positive facts of each document. */
  public String text(boolean verbose) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, DocResult> e : docs.values()) {
      DocResult res = e.getValue();
      double[] c = prf(res.tp(), res.pred(), res.gold());
      double[] s = prf(res.strictTp(), res.pred(), res.gold());
      b.append(e.getKey()).append(": core P ").append(PyFloat.fixed(c[0], 2)).append(" R ").append(PyFloat.fixed(c[1], 2))
          .append(" F1 ").append(PyFloat.fixed(c[2], 2)).append(" | strict F1 ").append(PyFloat.fixed(s[2], 2))
          .append(" | gold ").append(res.gold()).append(" pred ").append(res.pred()).append('\n');
      if (verbose) {
        res.missed().forEach(m -> b.append("   missed: ").append(m).append('\n'));
        res.falsePositives().forEach(m -> b.append("   false+: ").append(m).append('\n'));
      }
    }
    b.append("by type (recall): ").append(join(recallByType(), 2)).append('\n');
    b.append("attributes: ").append(join(attributes(), 2)).append('\n');
    b.append("entities found (of those in required facts): ").append(PyFloat.fixed(entityRecall(), 2)).append('\n');
    double[] c = core();
    double[] s = strict();
    b.append("overall: core P ").append(PyFloat.fixed(c[0], 3)).append(" R ").append(PyFloat.fixed(c[1], 3))
        .append(" F1 ").append(PyFloat.fixed(c[2], 3)).append(" | strict P ").append(PyFloat.fixed(s[0], 3))
        .append(" R ").append(PyFloat.fixed(s[1], 3)).append(" F1 ").append(PyFloat.fixed(s[2], 3)).append('\n');
    return b.toString();
  }

  private static String join(Map<String, Double> values, int places) {
    List<String> parts = new ArrayList<>();
    values.forEach((k, v) -> parts.add(k + " " + PyFloat.fixed(v, places)));
    return String.join(", ", parts);
  }

  private static String abbreviate(JsonNode n) {
    String s = String.valueOf(n);
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}

package org.isnad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** score.py's {@code amount_ok} and {@code attribute_checks}: the attributes a matched pair is judged on. */
final class Attributes {
  private static final JsonNode USD = TextNode.valueOf("USD");

  private Attributes() {}

  /** Value within 1 % of the gold's and the same currency (USD when the gold names none). */
  static boolean amountOk(JsonNode pf, JsonNode gf) {
    JsonNode g = Py.get(gf, "amount");
    JsonNode p = Py.or(Py.get(pf, "amount"), null);
    OptionalDouble value = PyFloat.of(Py.get(p, "value"));
    OptionalDouble gold = PyFloat.of(Py.get(g, "value"));
    if (value.isEmpty() || gold.isEmpty()) {
      return false;
    }
    double gv = gold.getAsDouble();
    JsonNode currency = g != null && g.has("currency") ? g.get("currency") : USD;
    return Math.abs(value.getAsDouble() - gv) <= 0.01 * gv && Py.eq(Py.get(p, "currency"), currency);
  }

  /** The checks in score.py's order: amount, status, attribution, time; only those the gold gives. */
  static Map<String, Boolean> checks(JsonNode pf, JsonNode gf) {
    Map<String, Boolean> checks = new LinkedHashMap<>();
    if (Py.truthy(Py.get(gf, "amount"))) {
      checks.put("amount", amountOk(pf, gf));
    }
    if (Py.truthy(Py.get(gf, "status"))) {
      checks.put("status", in(Py.get(pf, "status"), gf.get("status")));
    }
    if (Py.truthy(Py.get(gf, "attribution"))) {
      checks.put("attribution", in(Py.get(Py.or(Py.get(pf, "attribution"), null), "kind"), gf.get("attribution")));
    }
    if (Py.truthy(Py.get(gf, "time"))) {
      JsonNode value = Py.get(Py.or(Py.get(pf, "time"), null), "value");
      String text = Py.truthy(value) ? Py.str(value) : "";
      checks.put("time", text.startsWith(Py.str(gf.get("time"))));
    }
    return checks;
  }

  /** Python's {@code x in container}: list membership by ==, substring in a string, key in a dict. */
  private static boolean in(JsonNode x, JsonNode container) {
    if (container.isArray()) {
      for (JsonNode c : container) {
        if (Py.eq(x, c)) {
          return true;
        }
      }
      return false;
    }
    if (x == null || !x.isTextual()) {
      return false;
    }
    return container.isTextual() ? container.textValue().contains(x.textValue()) : container.has(x.textValue());
  }
}

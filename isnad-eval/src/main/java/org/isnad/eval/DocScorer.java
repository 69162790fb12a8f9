package org.isnad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One gold document against its prediction: score.py's {@code Doc} class and {@code score_doc},
 * line for line. Facts are paired greedily, best quality first; ties keep the order in which the
 * pairs were listed (predictions outer, required gold facts inner), as Python's stable sort does.
 */
final class DocScorer {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, Set<String>> goldNames = new LinkedHashMap<>();
  /** Keyed by {@link Py#key} of the entity id, in first-seen order, later entities winning. */
  private final Map<String, Set<String>> predNames = new LinkedHashMap<>();
  private final JsonNode pred;

  private DocScorer(JsonNode gold, JsonNode prediction) {
    this.pred = Py.truthy(prediction) ? prediction : NODES.objectNode();
    JsonNode entities = Py.get(gold, "entities");
    if (entities != null && entities.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = entities.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Set<String> names = new HashSet<>();
        for (JsonNode alias : iterate(Py.get(e.getValue(), "aliases"))) {
          names.add(NameNormalizer.normalize(text(alias)));
        }
        names.remove("");
        goldNames.put("s:" + e.getKey(), names);
      }
    }
    for (JsonNode e : iterate(Py.get(pred, "entities"))) {
      List<JsonNode> names = new ArrayList<>(List.of(orNull(Py.get(e, "name")), orNull(Py.get(e, "name_en"))));
      JsonNode aliases = Py.get(e, "aliases");
      if (Py.truthy(aliases)) {
        names.addAll(iterate(aliases));
      }
      Set<String> normalized = new HashSet<>();
      for (JsonNode n : names) {
        if (Py.truthy(n)) {
          normalized.add(NameNormalizer.normalize(text(n)));
        }
      }
      normalized.remove("");
      predNames.put(Py.key(Py.get(e, "id")), normalized);
    }
  }

  /** score.py's {@code score_doc(gold, pred)}; {@code prediction} may be null. */
  static DocResult score(JsonNode gold, JsonNode prediction) {
    DocScorer doc = new DocScorer(gold, prediction);
    List<JsonNode> required = new ArrayList<>();
    List<JsonNode> optional = new ArrayList<>();
    for (JsonNode g : iterate(Py.get(gold, "facts"))) {
      JsonNode req = Py.get(g, "required");
      if (!g.has("required") || Py.truthy(req)) {
        required.add(g);
      } else {
        optional.add(g);
      }
    }
    List<JsonNode> preds = iterate(Py.get(doc.pred, "facts"));
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < preds.size(); i++) {
      for (int j = 0; j < required.size(); j++) {
        Double q = doc.quality(preds.get(i), required.get(j));
        if (q != null) {
          pairs.add(new Pair(q, i, j));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(p -> -p.quality())); // List.sort is stable, as Python's
    Set<Integer> usedP = new HashSet<>();
    Set<Integer> usedG = new HashSet<>();
    List<JsonNode[]> matches = new ArrayList<>();
    for (Pair p : pairs) {
      if (!usedP.contains(p.pred()) && !usedG.contains(p.gold())) {
        usedP.add(p.pred());
        usedG.add(p.gold());
        matches.add(new JsonNode[] {preds.get(p.pred()), required.get(p.gold())});
      }
    }
    List<JsonNode> falsePos = new ArrayList<>();
    int dropped = 0;
    for (int i = 0; i < preds.size(); i++) {
      if (usedP.contains(i)) {
        continue;
      }
      JsonNode pf = preds.get(i);
      if (optional.stream().anyMatch(g -> doc.quality(pf, g) != null)) {
        dropped++;
      } else {
        falsePos.add(pf);
      }
    }
    List<JsonNode> missed = new ArrayList<>();
    for (int j = 0; j < required.size(); j++) {
      if (!usedG.contains(j)) {
        missed.add(required.get(j));
      }
    }
    Map<String, int[]> attrs = new LinkedHashMap<>();
    int strictTp = 0;
    for (JsonNode[] m : matches) {
      Map<String, Boolean> checks = Attributes.checks(m[0], m[1]);
      checks.forEach((k, ok) -> {
        int[] a = attrs.computeIfAbsent(k, x -> new int[2]);
        a[0] += ok ? 1 : 0;
        a[1]++;
      });
      strictTp += checks.values().stream().allMatch(b -> b) ? 1 : 0;
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (JsonNode g : required) {
      for (JsonNode r : iterate(Py.get(g, "roles"), true)) {
        for (JsonNode v : r.isArray() ? iterate(r) : List.of(r)) {
          wanted.add(Py.key(v));
        }
      }
    }
    long found = wanted.stream().filter(k -> doc.predNames.keySet().stream().anyMatch(pid -> doc.sameEntity(pid, k))).count();
    Map<String, int[]> perType = new LinkedHashMap<>();
    for (JsonNode g : required) {
      perType.computeIfAbsent(Py.str(Py.get(g, "type")), x -> new int[2])[1]++;
    }
    for (JsonNode[] m : matches) {
      perType.get(Py.str(Py.get(m[1], "type")))[0]++;
    }
    return new DocResult(matches.size(), strictTp, falsePos.size(), missed.size(), required.size(),
        preds.size() - dropped, dropped, attrs, perType, (int) found, wanted.size(),
        missed.stream().map(g -> describe(g, null)).toList(),
        falsePos.stream().map(p -> describe(p, doc)).toList());
  }

  private record Pair(double quality, int pred, int gold) {}

  private boolean sameEntity(String predKey, String goldKey) {
    Set<String> p = predNames.getOrDefault(predKey, Set.of());
    Set<String> g = goldNames.getOrDefault(goldKey, Set.of());
    return p.stream().anyMatch(g::contains);
  }

  private boolean rolesMatch(JsonNode pf, JsonNode gf) {
    JsonNode proles = Py.or(Py.get(pf, "roles"), null);
    JsonNode groles = Py.or(Py.get(gf, "roles"), null);
    if (groles == null || !groles.isObject()) {
      return true;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = groles.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode gval = e.getValue();
      JsonNode pval = Py.get(proles, e.getKey());
      if (Py.isNone(pval)) {
        return false;
      }
      if (gval.isArray()) {
        if (!pval.isArray() || pval.size() != gval.size()) {
          return false;
        }
        List<JsonNode> free = new ArrayList<>(iterate(pval));
        for (JsonNode g : gval) {
          String gk = Py.key(g);
          int hit = -1;
          for (int k = 0; k < free.size() && hit < 0; k++) {
            if (sameEntity(Py.key(free.get(k)), gk)) {
              hit = k;
            }
          }
          if (hit < 0) {
            return false;
          }
          free.remove(hit);
        }
      } else if (pval.isArray() || !sameEntity(Py.key(pval), Py.key(gval))) {
        return false;
      }
    }
    return true;
  }

  /** Null when {@code pf} cannot stand for {@code gf}; else a score used to pick the best pairing. */
  private Double quality(JsonNode pf, JsonNode gf) {
    if (!Py.eq(Py.get(pf, "type"), Py.get(gf, "type")) || !rolesMatch(pf, gf)) {
      return null;
    }
    double score = 1.0;
    JsonNode gtext = Py.or(Py.get(gf, "quote"), Py.get(gf, "content"));
    JsonNode ptext = Py.or(Py.or(Py.get(pf, "quote"), Py.get(pf, "content")), null);
    String p = Py.truthy(ptext) ? text(ptext) : "";
    if (Py.eq(Py.get(gf, "type"), NODES.textNode("statement"))) {
      double overlap = NameNormalizer.jaccard(p, Py.truthy(gtext) ? text(gtext) : "");
      if (overlap < 0.5) {
        return null;
      }
      score += overlap;
    } else if (Py.truthy(gtext)) {
      score += 0.5 * NameNormalizer.jaccard(p, text(gtext));
    }
    if (Py.truthy(Py.get(gf, "amount")) && Attributes.amountOk(pf, gf)) {
      score += 1.0;
    }
    return score;
  }

  private static String describe(JsonNode fact, DocScorer doc) {
    JsonNode roles = Py.or(Py.get(fact, "roles"), NODES.objectNode());
    if (doc != null && roles.isObject()) {
      ObjectNode named = NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = roles.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isArray()) {
          ArrayNode list = named.putArray(e.getKey());
          e.getValue().forEach(x -> list.add(doc.name(x)));
        } else {
          named.put(e.getKey(), doc.name(e.getValue()));
        }
      }
      roles = named;
    }
    JsonNode t = Py.or(Py.or(Py.get(fact, "quote"), Py.get(fact, "content")), null);
    String text = t == null ? "" : t.isTextual() ? Py.head(t.textValue(), 60) : Py.str(t);
    JsonNode id = Py.get(fact, "id");
    String line = (id == null ? "" : Py.str(id)) + " " + Py.str(Py.get(fact, "type")) + " "
        + PyJson.dumps(roles) + " " + text;
    return Py.strip(line);
  }

  private String name(JsonNode eid) {
    Set<String> names = predNames.get(Py.key(eid));
    if (names == null) {
      return Py.str(eid);
    }
    return names.stream().min(Py.CODE_POINT_ORDER).orElse(Py.str(eid));
  }

  /** A name or quote given as something other than a string; score.py would fail on it. */
  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "" : n.isTextual() ? n.textValue() : Py.str(n);
  }

  private static JsonNode orNull(JsonNode n) {
    return n == null ? NODES.nullNode() : n;
  }

  /** {@code for x in value}: list items, a dict's keys, a string's characters; nothing otherwise. */
  static List<JsonNode> iterate(JsonNode n) {
    return iterate(n, false);
  }

  private static List<JsonNode> iterate(JsonNode n, boolean dictValues) {
    List<JsonNode> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(out::add);
    } else if (n.isObject()) {
      if (dictValues) {
        n.forEach(out::add);
      } else {
        n.fieldNames().forEachRemaining(k -> out.add(NODES.textNode(k)));
      }
    } else if (n.isTextual()) {
      n.textValue().codePoints().forEach(c -> out.add(NODES.textNode(new String(Character.toChars(c)))));
    }
    return out;
  }
}

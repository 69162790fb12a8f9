package org.isnad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns gold documents into `isnad extract`-style predictions, then spoils them on purpose:
 * facts dropped, duplicated or invented, roles and attributes changed, quotes cut, entity names
 * varied, documents left out. Each {@link Spoil} is a knob from 0 to 1; a seeded {@link Random}
 * makes every set reproducible.
 */
final class PredictionMaker {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  static final String[] TYPES = {"donation", "payment", "investment", "acquisition", "contract", "gift",
      "sanction", "statement", "meeting", "role", "ownership", "accusation", "dispute", "competition",
      "policy", "no_comment"};
  private static final String[] STATUS = {"occurred", "planned", "expected", "not_occurred", "ongoing"};
  private static final String[] KINDS = {"asserted", "confirmed", "reported", "claimed", "denied"};

  /** How often each kind of damage is done, per fact (or per entity, per document). */
  record Spoil(double drop, double duplicate, double extra, double role, double amount, double status,
      double attribution, double time, double quote, double type, double name, double skipDoc, boolean shuffle) {
    static Spoil none() {
      return new Spoil(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false);
    }
  }

  private final Random random;
  private final Spoil spoil;

  PredictionMaker(long seed, Spoil spoil) {
    this.random = new Random(seed);
    this.spoil = spoil;
  }

  /** One JSON Lines text for all the gold documents. */
  String jsonLines(List<JsonNode> golds) {
    StringBuilder out = new StringBuilder();
    for (JsonNode gold : golds) {
      if (chance(spoil.skipDoc())) {
        if (random.nextBoolean()) {
          out.append("{\"doc\":{\"id\":").append(PyJson.dumps(gold.get("doc"))).append("},\"error\":\"empty\"}\n");
        }
        continue;
      }
      out.append(predict(gold)).append('\n');
      if (chance(spoil.skipDoc() / 4)) {
        out.append('\n'); // a blank line, which the scorers skip
      }
    }
    return out.toString();
  }

  private String predict(JsonNode gold) {
    ObjectNode doc = F.objectNode();
    doc.put("schema", "isnad.facts/1");
    doc.putObject("doc").set("id", gold.get("doc"));
    Map<String, String> ids = new LinkedHashMap<>();
    List<ObjectNode> entities = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.path("entities").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = "E" + (ids.size() + 1);
      ids.put(e.getKey(), id);
      if (chance(spoil.name() / 3)) {
        continue; // an entity the extractor never found
      }
      entities.add(entity(id, e.getValue()));
    }
    List<String> idList = new ArrayList<>(ids.values());
    List<ObjectNode> facts = new ArrayList<>();
    for (JsonNode g : gold.path("facts")) {
      if (chance(spoil.drop())) {
        continue;
      }
      ObjectNode f = fact(g, ids, idList);
      facts.add(f);
      if (chance(spoil.duplicate())) {
        facts.add(chance(0.5) ? f.deepCopy() : fact(g, ids, idList));
      }
      if (chance(spoil.extra())) {
        facts.add(invented(idList));
      }
    }
    if (spoil.shuffle()) {
      Collections.shuffle(entities, random);
      Collections.shuffle(facts, random);
    }
    for (int i = 0; i < facts.size(); i++) {
      facts.get(i).put("id", "F" + (i + 1));
    }
    doc.putArray("entities").addAll(entities);
    doc.putArray("facts").addAll(facts);
    return doc.toString();
  }

  private ObjectNode entity(String id, JsonNode gold) {
    List<String> aliases = new ArrayList<>();
    gold.path("aliases").forEach(a -> aliases.add(a.asText()));
    ObjectNode e = F.objectNode().put("id", id).put("type", gold.path("type").asText("other"));
    if (aliases.isEmpty()) {
      return e.put("name", id);
    }
    String name = chance(spoil.name()) ? aliases.get(random.nextInt(aliases.size())) : aliases.get(0);
    if (chance(spoil.name())) {
      name = switch (random.nextInt(6)) {
        case 0 -> "ال" + name;
        case 1 -> "شركة " + name;
        case 2 -> name.toUpperCase(java.util.Locale.ROOT);
        case 3 -> name.replace("ا", "اَ") + "ـ";
        case 4 -> "«" + name + "»";
        default -> "X" + random.nextInt(1000) + " " + name;
      };
    }
    e.put("name", name);
    if (chance(0.3)) {
      e.put("name_en", aliases.get(aliases.size() - 1));
    }
    ArrayNode al = e.putArray("aliases");
    if (!chance(spoil.name())) {
      aliases.stream().skip(1).filter(a -> chance(0.7)).forEach(al::add);
    }
    e.putArray("mentions").add(F.arrayNode().add(0).add(1));
    return e;
  }

  private ObjectNode fact(JsonNode g, Map<String, String> ids, List<String> idList) {
    ObjectNode f = F.objectNode().put("id", "F0");
    f.put("type", chance(spoil.type()) ? pick(TYPES) : g.path("type").asText());
    ObjectNode roles = f.putObject("roles");
    for (Iterator<Map.Entry<String, JsonNode>> it = g.path("roles").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> r = it.next();
      if (r.getValue().isArray()) {
        ArrayNode list = roles.putArray(r.getKey());
        r.getValue().forEach(x -> list.add(ids.getOrDefault(x.asText(), "E0")));
        if (chance(spoil.role())) {
          if (list.size() > 1 && random.nextBoolean()) {
            list.remove(0);
          } else {
            list.set(0, F.textNode(pick(idList)));
          }
        }
      } else if (chance(spoil.role())) {
        int how = random.nextInt(3);
        if (how == 1) {
          roles.put(r.getKey(), pick(idList));
        } else if (how == 2) {
          roles.putArray(r.getKey()).add(ids.getOrDefault(r.getValue().asText(), "E0"));
        } // how == 0: the role left out
      } else {
        roles.put(r.getKey(), ids.getOrDefault(r.getValue().asText(), "E0"));
      }
    }
    if (g.has("amount")) {
      amount(f, g.get("amount"));
    }
    attributes(f, g);
    text(f, g);
    f.putArray("evidence").add(F.arrayNode().add(0).add(10));
    f.put("confidence", 0.5 + random.nextInt(50) / 100.0);
    return f;
  }

  private void amount(ObjectNode f, JsonNode g) {
    ObjectNode a = f.putObject("amount");
    double value = g.path("value").asDouble();
    a.put("currency", g.path("currency").asText("USD"));
    a.put("bound", "exact");
    if (!chance(spoil.amount())) {
      a.set("value", g.path("value"));
      return;
    }
    switch (random.nextInt(7)) {
      case 0 -> a.put("value", value * (random.nextBoolean() ? 1.009 : 0.991)); // within 1 %
      case 1 -> a.put("value", value * (random.nextBoolean() ? 1.02 : 10));
      case 2 -> a.put("currency", random.nextBoolean() ? "EUR" : "usd");
      case 3 -> a.put("value", String.valueOf((long) value));
      case 4 -> a.putNull("value");
      case 5 -> a.remove("currency");
      default -> f.remove("amount");
    }
  }

  private void attributes(ObjectNode f, JsonNode g) {
    JsonNode status = g.path("status");
    if (status.isArray() && status.size() > 0 || chance(0.1)) {
      f.put("status", chance(spoil.status()) ? pick(STATUS) : status.path(0).asText("occurred"));
    }
    JsonNode kinds = g.path("attribution");
    if (kinds.isArray() && kinds.size() > 0 || chance(0.1)) {
      ObjectNode a = f.putObject("attribution");
      a.put("kind", chance(spoil.attribution()) ? pick(KINDS) : kinds.path(0).asText("asserted"));
      a.putNull("source");
      if (chance(spoil.attribution() / 2)) {
        f.remove("attribution");
      }
    }
    if (g.has("time") || chance(spoil.time() / 2)) {
      String t = g.path("time").asText("2020");
      ObjectNode time = f.putObject("time").put("text", t);
      if (!chance(spoil.time())) {
        time.put("value", t);
        return;
      }
      switch (random.nextInt(5)) {
        case 0 -> time.put("value", t + "-05");
        case 1 -> time.put("value", "1999");
        case 2 -> time.put("value", Integer.parseInt(t.substring(0, 4)));
        case 3 -> time.putNull("value");
        default -> f.remove("time");
      }
    }
  }

  private void text(ObjectNode f, JsonNode g) {
    for (String field : new String[] {"quote", "content"}) {
      if (!g.hasNonNull(field)) {
        continue;
      }
      String text = g.get(field).asText();
      if (chance(spoil.quote())) {
        String[] words = text.split(" ");
        int keep = Math.max(1, (int) Math.round(words.length * (0.3 + 0.7 * random.nextDouble())));
        StringBuilder b = new StringBuilder();
        int start = random.nextInt(words.length - keep + 1);
        for (int i = start; i < start + keep; i++) {
          b.append(i > start ? " " : "").append(words[i]);
        }
        if (random.nextBoolean()) {
          b.append(" وأضاف ذلك أيضاً");
        }
        text = b.toString();
        field = random.nextInt(4) == 0 ? (field.equals("quote") ? "content" : "quote") : field;
      }
      f.put(field, text);
    }
    if (g.has("medium")) {
      f.set("medium", g.get("medium"));
    }
  }

  private ObjectNode invented(List<String> idList) {
    ObjectNode f = F.objectNode().put("id", "F0").put("type", pick(TYPES));
    f.putObject("roles").put("donor", pick(idList)).put("speaker", pick(idList)).putArray("parties")
        .add(pick(idList)).add(pick(idList));
    if (chance(0.5)) {
      f.put("quote", "كلام لم يقله أحد قط");
    }
    return f;
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private String pick(List<String> values) {
    return values.isEmpty() ? "E0" : values.get(random.nextInt(values.size()));
  }
}

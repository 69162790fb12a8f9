package org.isnad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks one line of {@code isnad extract} output against the contract: the JSON Schema
 * {@code org/isnad/fact/facts-v1.schema.json} (FACTS.md §1–2, draft 2020-12), then the rules a
 * schema cannot say: entity and fact ids unique, every id in {@code roles},
 * {@code attribution.source}, {@code place} and {@code venue} naming a listed entity, and every
 * span ordered and inside the document ({@code start <= end <= doc.chars}).
 *
 * <p>Thread-safe; the schema is loaded once, on first use.
 */
public final class SchemaCheck {
  /** Where the schema sits on the class path (it ships in isnad-core). */
  public static final String SCHEMA_RESOURCE = "/org/isnad/fact/facts-v1.schema.json";

  private static final class Holder {
    static final Schema SCHEMA = load();
  }

  /**
   * The problems found, each as "JSON pointer: message" (the pointer empty for the root);
   * an empty list when {@code doc} is valid.
   */
  public List<String> validate(JsonNode doc) {
    List<String> problems = new ArrayList<>();
    for (Error e : Holder.SCHEMA.validate(doc)) {
      problems.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    if (doc != null && doc.isObject() && !doc.has("error")) {
      references(doc, problems);
    }
    return problems;
  }

  private static void references(JsonNode doc, List<String> problems) {
    Set<String> entities = new HashSet<>();
    JsonNode chars = doc.path("doc").path("chars");
    long limit = chars.isIntegralNumber() ? chars.longValue() : Long.MAX_VALUE;
    int i = 0;
    for (JsonNode e : doc.path("entities")) {
      String at = "/entities/" + i++;
      if (e.path("id").isTextual() && !entities.add(e.path("id").textValue())) {
        problems.add(at + "/id: entity id " + e.path("id").textValue() + " is used twice");
      }
      spans(e.path("mentions"), at + "/mentions", limit, problems);
    }
    Set<String> facts = new HashSet<>();
    i = 0;
    for (JsonNode f : doc.path("facts")) {
      String at = "/facts/" + i++;
      if (f.path("id").isTextual() && !facts.add(f.path("id").textValue())) {
        problems.add(at + "/id: fact id " + f.path("id").textValue() + " is used twice");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = f.path("roles").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> role = it.next();
        if (role.getValue().isArray()) {
          for (int k = 0; k < role.getValue().size(); k++) {
            entity(role.getValue().get(k), at + "/roles/" + role.getKey() + "/" + k, entities, problems);
          }
        } else {
          entity(role.getValue(), at + "/roles/" + role.getKey(), entities, problems);
        }
      }
      entity(f.path("attribution").path("source"), at + "/attribution/source", entities, problems);
      entity(f.path("place"), at + "/place", entities, problems);
      entity(f.path("venue"), at + "/venue", entities, problems);
      spans(f.path("evidence"), at + "/evidence", limit, problems);
    }
  }

  private static void entity(JsonNode id, String at, Set<String> entities, List<String> problems) {
    if (id.isTextual() && !entities.contains(id.textValue())) {
      problems.add(at + ": " + id.textValue() + " is not the id of an entity in this document");
    }
  }

  private static void spans(JsonNode spans, String at, long limit, List<String> problems) {
    for (int k = 0; k < spans.size(); k++) {
      JsonNode s = spans.get(k);
      if (s.size() == 2 && s.get(0).isIntegralNumber() && s.get(1).isIntegralNumber()) {
        long start = s.get(0).longValue();
        long end = s.get(1).longValue();
        if (start > end) {
          problems.add(at + "/" + k + ": span [" + start + ", " + end + ") ends before it starts");
        } else if (end > limit) {
          problems.add(at + "/" + k + ": span [" + start + ", " + end + ") goes past doc.chars " + limit);
        }
      }
    }
  }

  private static Schema load() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the class path: is isnad-core there?");
      }
      JsonNode schema = new ObjectMapper().readTree(in);
      SchemaRegistryConfig config = SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaRegistryConfig(config)).getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }
}

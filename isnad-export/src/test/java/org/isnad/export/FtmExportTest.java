package org.isnad.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every FtM entity isnad writes fits the FtM schema: known schema, required properties, property names, types and ranges. */
class FtmExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  @TempDir Path dir;
  Store store;

  @BeforeEach
  void fill() {
    store = Sample.open(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  static List<JsonNode> export(Selection s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Export.write(s, Format.FTM, null, out);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  /** The schema facts of ftm-schemata.json: each schema with its inherited properties, required list and ancestry. */
  static final class Schemata {
    final JsonNode all;

    Schemata() throws IOException {
      try (InputStream in = FtmExportTest.class.getResourceAsStream("ftm-schemata.json")) {
        all = JSON.readTree(in).get("schemata");
      }
    }

    Set<String> ancestry(String schema) {
      Set<String> out = new HashSet<>();
      out.add(schema);
      all.get(schema).get("extends").forEach(p -> out.addAll(ancestry(p.asText())));
      return out;
    }

    Map<String, JsonNode> properties(String schema) {
      Map<String, JsonNode> out = new LinkedHashMap<>();
      for (String s : ancestry(schema)) {
        all.get(s).get("properties").fields().forEachRemaining(e -> out.putIfAbsent(e.getKey(), e.getValue()));
      }
      return out;
    }

    Set<String> required(String schema) {
      Set<String> out = new HashSet<>();
      ancestry(schema).forEach(s -> all.get(s).get("required").forEach(r -> out.add(r.asText())));
      return out;
    }
  }

  @Test
  void everyEntityFitsItsSchema() throws IOException {
    Schemata ftm = new Schemata();
    List<JsonNode> entities = export(Selection.all(store));
    Map<String, String> schemaOf = new HashMap<>();
    for (JsonNode e : entities) {
      assertThat(schemaOf.put(e.get("id").asText(), e.get("schema").asText())).as("ids are unique").isNull();
    }
    for (JsonNode e : entities) {
      String schema = e.get("schema").asText();
      assertThat(ftm.all.has(schema)).as("known schema %s", schema).isTrue();
      assertThat(ftm.all.get(schema).get("abstract").asBoolean()).as("%s is abstract", schema).isFalse();
      Map<String, JsonNode> props = ftm.properties(schema);
      for (String r : ftm.required(schema)) {
        assertThat(e.at("/properties/" + r)).as("%s %s needs %s", schema, e.get("id"), r).isNotEmpty();
      }
      e.get("properties").fields().forEachRemaining(p -> {
        JsonNode def = props.get(p.getKey());
        assertThat(def).as("%s has no property %s", schema, p.getKey()).isNotNull();
        assertThat(p.getValue().isArray() && !p.getValue().isEmpty()).as("%s is a list of values", p.getKey()).isTrue();
        String type = def.isTextual() ? def.asText() : def.get("type").asText();
        for (JsonNode v : p.getValue()) {
          assertThat(v.isTextual()).as("values are strings").isTrue();
          String s = v.asText();
          assertThat(s).as("%s.%s", schema, p.getKey()).isNotBlank().isEqualTo(s.strip());
          switch (type) {
            case "date" -> assertThat(s).matches(DATE);
            case "number" -> assertThat(new BigDecimal(s)).isNotNull();
            case "url" -> assertThat(s).matches("https?://\\S+");
            case "entity" -> {
              String target = schemaOf.get(s);
              assertThat(target).as("%s.%s refers to %s, which is not exported", schema, p.getKey(), s).isNotNull();
              assertThat(ftm.ancestry(target)).as("%s.%s wants a %s, %s is a %s", schema, p.getKey(),
                  def.get("range").asText(), s, target).contains(def.get("range").asText());
            }
            default -> { }
          }
        }
      });
    }
  }

  @Test
  void mapsEachKindOfFactToTheFtmSchemaThatFitsIt() throws IOException {
    Map<String, JsonNode> byId = new HashMap<>();
    List<String> schemata = new ArrayList<>();
    for (JsonNode e : export(Selection.all(store))) {
      byId.put(e.get("id").asText(), e);
      schemata.add(e.get("schema").asText());
    }
    assertThat(schemata).contains("Person", "Company", "PublicBody", "Organization", "Payment", "Ownership", "Directorship",
        "Employment", "Event", "Sanction", "UnknownLink", "Article");
    JsonNode donation = byId.get("isnad-fact-1");
    assertThat(donation.get("schema").asText()).isEqualTo("Payment");
    assertThat(donation.at("/properties/amount/0").asText()).isEqualTo("3000000");
    assertThat(donation.at("/properties/currency/0").asText()).isEqualTo("USD");
    assertThat(donation.at("/properties/date/0").asText()).isEqualTo("2024-05");
    assertThat(donation.at("/properties/description").toString()).contains(JSON.writeValueAsString(Sample.DONATION_SENTENCE));
    assertThat(donation.get("properties").get("proof")).as("every outlet's article").hasSize(3);
    assertThat(byId.get(donation.at("/properties/payer/0").asText()).at("/properties/name/0").asText()).isEqualTo(Sample.NOUR);
    assertThat(donation.at("/properties/sourceUrl").toString()).contains("https://news.example.org/a?id=1,2")
        .doesNotContain("javascript");
  }

  @Test
  void exportingTheSameStoreTwiceGivesTheSameLines() throws IOException {
    assertThat(export(Selection.all(store))).isEqualTo(export(Selection.all(store)));
  }

  @Test
  void anEntitysExportHoldsItsFactsAndEveryoneInThem() throws IOException {
    long sami = store.findEntities("Sami Harbi").get(0).id();
    List<JsonNode> part = export(Selection.around(store, List.of(sami)));
    Set<String> ids = new HashSet<>();
    part.forEach(e -> ids.add(e.get("id").asText()));
    assertThat(ids).contains("isnad-entity-" + sami).doesNotContain("isnad-entity-" + store.findEntities("Blue Party").get(0).id());
    assertThat(part).filteredOn(e -> e.get("schema").asText().equals("Sanction")).hasSize(1);
    for (JsonNode e : part) {
      e.get("properties").fields().forEachRemaining(p -> p.getValue().forEach(v -> {
        if (v.asText().startsWith("isnad-")) {
          assertThat(ids).as("%s refers to %s", e.get("id"), v).contains(v.asText());
        }
      }));
    }
  }
}

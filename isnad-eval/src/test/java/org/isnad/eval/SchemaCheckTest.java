package org.isnad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaCheckTest {
  private static final SchemaCheck CHECK = new SchemaCheck();

  private static ObjectNode everyType() throws IOException {
    try (InputStream in = SchemaCheckTest.class.getResourceAsStream("valid-every-type.json")) {
      return (ObjectNode) PyJson.MAPPER.readTree(in);
    }
  }

  private static ObjectNode fact(ObjectNode doc, int index) {
    return (ObjectNode) doc.get("facts").get(index);
  }

  @Test
  void acceptsADocumentWithEveryFactType() throws IOException {
    assertThat(CHECK.validate(everyType())).isEmpty();
  }

  @Test
  void acceptsTheExampleOfFactsMd() throws IOException {
    JsonNode doc = PyJson.MAPPER.readTree("""
        {"schema": "isnad.facts/1",
         "doc": {"id": "seed-ar", "lang": "ar", "title": "...", "published": "2024-12-13", "chars": 10240},
         "entities": [
           {"id": "E1", "type": "person", "name": "سام ألتمان", "name_en": "Sam Altman",
            "aliases": ["سام التمان", "ألتمان"], "mentions": [[231, 241], [1900, 1906]]},
           {"id": "E2", "type": "organization", "name": "أوبن إيه آي", "aliases": [], "mentions": [[100, 111]]},
           {"id": "E7", "type": "organization", "name": "صندوق التنصيب", "aliases": [], "mentions": [[300, 313]]}],
         "facts": [
           {"id": "F1", "type": "donation", "roles": {"donor": "E1", "recipient": "E7"},
            "amount": {"value": 1000000, "currency": "USD", "bound": "exact", "text": "بمليون دولار"},
            "time": {"text": "يوم الجمعة", "value": "2024-12-13"}, "status": "planned",
            "attribution": {"kind": "confirmed", "source": "E2", "cue": "أكدت"},
            "evidence": [[180, 330]], "confidence": 0.93}]}""");
    assertThat(CHECK.validate(doc)).isEmpty();
  }

  @Test
  void acceptsAnErrorObjectAndAnEmptyDocument() throws IOException {
    assertThat(CHECK.validate(PyJson.MAPPER.readTree("{\"doc\": {\"id\": \"a.txt\"}, \"error\": \"not UTF-8\"}")))
        .isEmpty();
    assertThat(CHECK.validate(PyJson.MAPPER.readTree(
        "{\"schema\": \"isnad.facts/1\", \"doc\": {\"id\": \"x\", \"lang\": \"en\", \"chars\": 0},"
            + " \"entities\": [], \"facts\": []}"))).isEmpty();
  }

  @Test
  void schemaIsValidDraft202012() throws IOException {
    com.networknt.schema.Schema meta = com.networknt.schema.SchemaRegistry
        .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
        .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    try (InputStream in = SchemaCheck.class.getResourceAsStream(SchemaCheck.SCHEMA_RESOURCE)) {
      JsonNode schema = PyJson.MAPPER.readTree(in);
      assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(meta.validate(schema)).isEmpty();
      ((com.fasterxml.jackson.databind.node.ObjectNode) schema.path("$defs").path("status")).put("enum", "occurred");
      assertThat(meta.validate(schema)).isNotEmpty(); // the meta-schema check can fail
    }
  }

  static Stream<Arguments> oneFaultEach() {
    return Stream.of(
        fault("no schema field", "", d -> d.remove("schema")),
        fault("another schema version", "/schema", d -> d.put("schema", "isnad.facts/2")),
        fault("an unknown top-level field", "", d -> d.put("extra", 1)),
        fault("doc without chars", "/doc", d -> ((ObjectNode) d.get("doc")).remove("chars")),
        fault("published not a date", "/doc/published", d -> ((ObjectNode) d.get("doc")).put("published", "13/12/2024")),
        fault("entity type company", "/entities/1/type", d -> ((ObjectNode) d.get("entities").get(1)).put("type", "company")),
        fault("entity without name", "/entities/0", d -> ((ObjectNode) d.get("entities").get(0)).remove("name")),
        fault("fact type loan", "/facts/0/type", d -> fact(d, 0).put("type", "loan")),
        fault("fact without evidence", "/facts/0", d -> fact(d, 0).remove("evidence")),
        fault("status done", "/facts/0/status", d -> fact(d, 0).put("status", "done")),
        fault("attribution kind rumoured", "/facts/0/attribution/kind",
            d -> ((ObjectNode) fact(d, 0).get("attribution")).put("kind", "rumoured")),
        fault("bound approx", "/facts/0/amount/bound", d -> ((ObjectNode) fact(d, 0).get("amount")).put("bound", "approx")),
        fault("currency in lower case", "/facts/0/amount/currency",
            d -> ((ObjectNode) fact(d, 0).get("amount")).put("currency", "usd")),
        fault("amount value as text", "/facts/0/amount/value",
            d -> ((ObjectNode) fact(d, 0).get("amount")).put("value", "مليون")),
        fault("time value not ISO", "/facts/0/time/value", d -> ((ObjectNode) fact(d, 0).get("time")).put("value", "Friday")),
        fault("medium tweet", "/facts/7/medium", d -> fact(d, 7).put("medium", "tweet")),
        fault("payment purpose gift", "/facts/1/purpose", d -> fact(d, 1).put("purpose", "gift")),
        fault("donation without recipient", "/facts/0/roles", d -> ((ObjectNode) fact(d, 0).get("roles")).remove("recipient")),
        fault("a role the type does not have", "/facts/0/roles", d -> ((ObjectNode) fact(d, 0).get("roles")).put("witness", "E3")),
        fault("a quote on a donation", "/facts/0", d -> fact(d, 0).put("quote", "كلام")),
        fault("a title on a meeting", "/facts/8", d -> fact(d, 8).put("title", "قمة")),
        fault("an unknown fact field", "/facts/2", d -> fact(d, 2).put("note", "x")),
        fault("an unknown entity field", "/entities/2", d -> ((ObjectNode) d.get("entities").get(2)).put("gender", "f")),
        fault("a statement with neither quote nor content", "/facts/7", d -> fact(d, 7).remove("quote")),
        fault("a meeting of one", "/facts/8/roles/participants",
            d -> ((ArrayNode) fact(d, 8).get("roles").get("participants")).remove(1)),
        fault("confidence above one", "/facts/0/confidence", d -> fact(d, 0).put("confidence", 1.5)),
        fault("a span of three numbers", "/facts/0/evidence/0", d -> ((ArrayNode) fact(d, 0).get("evidence").get(0)).add(3)),
        fault("a negative offset", "/entities/0/mentions/0/0",
            d -> ((ArrayNode) d.get("entities").get(0).get("mentions").get(0)).set(0, -1)),
        fault("judged_false as text", "/facts/11/judged_false", d -> fact(d, 11).put("judged_false", "yes")),
        fault("a role naming no entity", "/facts/0/roles/donor", d -> ((ObjectNode) fact(d, 0).get("roles")).put("donor", "E9")),
        fault("a source naming no entity", "/facts/0/attribution/source",
            d -> ((ObjectNode) fact(d, 0).get("attribution")).put("source", "E9")),
        fault("a place naming no entity", "/facts/8/place", d -> fact(d, 8).put("place", "E9")),
        fault("two entities with one id", "/entities/4/id", d -> ((ObjectNode) d.get("entities").get(4)).put("id", "E1")),
        fault("two facts with one id", "/facts/1/id", d -> fact(d, 1).put("id", "F1")),
        fault("a span ending before it starts", "/facts/0/evidence/0",
            d -> ((ArrayNode) fact(d, 0).get("evidence").get(0)).set(0, 90)),
        fault("a span past the end of the text", "/facts/16/evidence/0",
            d -> ((ArrayNode) fact(d, 16).get("evidence").get(0)).set(1, 501)),
        fault("an error object with an unknown field", "", d -> {
          d.removeAll();
          d.put("error", "empty").put("line", 3).putObject("doc").put("id", "x");
        }),
        fault("an error object with an empty message", "/error", d -> {
          d.removeAll();
          d.put("error", "").putObject("doc").put("id", "x");
        }));
  }

  private static Arguments fault(String name, String pointer, Consumer<ObjectNode> spoil) {
    return Arguments.of(name, pointer, spoil);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneFaultEach")
  void reportsOneFaultAtItsPlace(String name, String pointer, Consumer<ObjectNode> spoil) throws IOException {
    ObjectNode doc = everyType();
    spoil.accept(doc);
    List<String> problems = CHECK.validate(doc);
    assertThat(problems).as(name).isNotEmpty();
    assertThat(problems).as(name).anyMatch(p -> p.startsWith(pointer + ": ") || p.startsWith(pointer + "/"));
  }
}

package org.isnad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.isnad.extract.Extractor;
import org.isnad.fact.FactsJson;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One article through the pipeline into a {@link Tables#DOCUMENT} row. The flattened columns
 * are read back from the FACTS.md JSON itself, so the tables and the JSON Lines cannot drift
 * apart. Thread-safe: the extractor is the JVM's one {@link Extractor#standard()}.
 */
final class DocRows {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Row[] NONE = new Row[0];

  private DocRows() {}

  /** Extracts the article, or writes its error object; never throws for one article's sake. */
  static Row of(Article a, String defaultLang) {
    if (!a.ok()) {
      return failed(a, a.error());
    }
    String text = a.asFile();
    try {
      String lang = a.lang() != null ? a.lang() : defaultLang;
      return read(a, text, FactsJson.write(Extractor.standard().extract(a.id(), text, lang, null)));
    } catch (RuntimeException | StackOverflowError e) {
      // As in the CLI: one article's failure is that article's error object, and the batch goes on.
      return failed(a, "internal error: " + e);
    }
  }

  private static Row failed(Article a, String error) {
    return RowFactory.create(a.id(), a.path(), null, null, null, null, null, null, 0, 0, error,
        FactsJson.error(a.id(), a.path(), error), NONE, NONE);
  }

  private static Row read(Article a, String text, String json) {
    JsonNode root = tree(json);
    JsonNode doc = root.path("doc");
    List<Row> facts = new ArrayList<>();
    for (JsonNode f : root.path("facts")) {
      facts.add(fact(f, text));
    }
    List<Row> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      entities.add(RowFactory.create(e.path("id").asText(), e.path("type").asText(), str(e, "name"),
          str(e, "name_en"), strings(e.path("aliases")), e.path("mentions").toString(), e.toString()));
    }
    return RowFactory.create(a.id(), a.path(), str(doc, "lang"), str(doc, "title"), str(doc, "url"),
        str(doc, "outlet"), str(doc, "published"), doc.path("chars").asInt(), entities.size(), facts.size(), null,
        json, facts.toArray(NONE), entities.toArray(NONE));
  }

  private static Row fact(JsonNode f, String text) {
    Map<String, String[]> roles = new LinkedHashMap<>();
    f.path("roles").fields().forEachRemaining(r ->
        roles.put(r.getKey(), r.getValue().isArray() ? strings(r.getValue()) : new String[] {r.getValue().asText()}));
    JsonNode amount = f.path("amount");
    JsonNode time = f.path("time");
    JsonNode attribution = f.path("attribution");
    JsonNode evidence = f.path("evidence");
    List<String> quoted = new ArrayList<>();
    for (JsonNode span : evidence) {
      quoted.add(codePointSlice(text, span.path(0).asInt(), span.path(1).asInt()));
    }
    return RowFactory.create(f.path("id").asText(), f.path("type").asText(),
        CollectionConverters.asScala(roles), f.path("roles").toString(),
        amount.isObject() ? amount.path("value").asDouble() : null, str(amount, "currency"), str(amount, "bound"),
        str(amount, "text"), str(time, "text"), str(time, "value"), str(f, "status"), str(attribution, "kind"),
        str(attribution, "source"), str(attribution, "cue"), f.path("confidence").asDouble(), evidence.toString(),
        quoted.toArray(String[]::new), f.toString());
  }

  /** The text between two code-point offsets of FACTS.md, clamped to the text. */
  static String codePointSlice(String text, int start, int end) {
    int cps = text.codePointCount(0, text.length());
    int s = Math.max(0, Math.min(start, cps));
    int e = Math.max(s, Math.min(end, cps));
    if (cps == text.length()) {
      return text.substring(s, e);
    }
    int from = text.offsetByCodePoints(0, s);
    return text.substring(from, text.offsetByCodePoints(from, e - s));
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("FactsJson wrote JSON that does not parse", e);
    }
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String[] strings(JsonNode array) {
    String[] out = new String[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asText();
    }
    return out;
  }
}

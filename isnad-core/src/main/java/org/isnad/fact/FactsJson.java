package org.isnad.fact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.isnad.text.Document;
import org.isnad.text.Span;

/**
 * Writes an {@link Extraction} as one line of the {@code isnad.facts/1} JSON (FACTS.md §2),
 * converting every span to code-point offsets of the original text. Thread-safe.
 */
public final class FactsJson {
  public static final String SCHEMA = "isnad.facts/1";
  private static final JsonFactory JSON = new JsonFactory();

  private FactsJson() {}

  public static String write(Extraction x) {
    StringWriter w = new StringWriter(4096);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      Document d = x.doc();
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeObjectFieldStart("doc");
      g.writeStringField("id", d.id());
      g.writeStringField("lang", d.lang());
      writeIfPresent(g, "title", d.meta().title());
      writeIfPresent(g, "url", d.meta().url());
      writeIfPresent(g, "outlet", d.meta().outlet());
      writeIfPresent(g, "published", d.published() == null ? null : d.published().toString());
      g.writeNumberField("chars", d.codePointLength());
      g.writeEndObject();
      g.writeArrayFieldStart("entities");
      for (Entity e : x.entities()) {
        writeEntity(g, d, e);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("facts");
      for (Fact f : x.facts()) {
        writeFact(g, d, f);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The error object for a document that could not be read. */
  public static String error(String id, String path, String message) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeObjectFieldStart("doc");
      g.writeStringField("id", id);
      writeIfPresent(g, "path", path);
      g.writeEndObject();
      g.writeStringField("error", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void writeEntity(JsonGenerator g, Document d, Entity e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("type", e.type().json());
    g.writeStringField("name", e.name());
    writeIfPresent(g, "name_en", e.nameEn());
    g.writeArrayFieldStart("aliases");
    for (String a : e.aliases()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("mentions");
    for (Span s : e.mentions()) {
      writeSpan(g, d, s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeFact(JsonGenerator g, Document d, Fact f) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", f.id());
    g.writeStringField("type", f.type().json());
    g.writeObjectFieldStart("roles");
    for (Map.Entry<String, Object> r : f.roles().entrySet()) {
      if (r.getValue() instanceof List<?> list) {
        g.writeArrayFieldStart(r.getKey());
        for (Object o : list) {
          g.writeString(o.toString());
        }
        g.writeEndArray();
      } else {
        g.writeStringField(r.getKey(), r.getValue().toString());
      }
    }
    g.writeEndObject();
    if (f.amount() != null) {
      Amount a = f.amount();
      g.writeObjectFieldStart("amount");
      if (a.value() == Math.rint(a.value()) && Math.abs(a.value()) < 1e15) {
        g.writeNumberField("value", (long) a.value());
      } else {
        g.writeNumberField("value", a.value());
      }
      writeIfPresent(g, "currency", a.currency());
      g.writeStringField("bound", a.bound());
      writeIfPresent(g, "text", a.text());
      g.writeEndObject();
    }
    if (f.time() != null) {
      g.writeObjectFieldStart("time");
      g.writeStringField("text", f.time().text());
      if (f.time().value() != null) {
        g.writeStringField("value", f.time().value());
      } else {
        g.writeNullField("value");
      }
      g.writeEndObject();
    }
    for (Map.Entry<String, Object> e : f.fields().entrySet()) {
      Object v = e.getValue();
      if (v instanceof Boolean b) {
        g.writeBooleanField(e.getKey(), b);
      } else if (v != null) {
        g.writeStringField(e.getKey(), v.toString());
      }
    }
    writeIfPresent(g, "status", f.status());
    if (f.attribution() != null) {
      Attribution a = f.attribution();
      g.writeObjectFieldStart("attribution");
      g.writeStringField("kind", a.kind());
      if (a.source() != null) {
        g.writeStringField("source", a.source());
      } else {
        g.writeNullField("source");
      }
      if (a.cue() != null) {
        g.writeStringField("cue", a.cue());
      } else {
        g.writeNullField("cue");
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("evidence");
    for (Span s : f.evidence()) {
      writeSpan(g, d, s);
    }
    g.writeEndArray();
    g.writeNumberField("confidence", Math.round(f.confidence() * 100) / 100.0);
    g.writeEndObject();
  }

  private static void writeSpan(JsonGenerator g, Document d, Span s) throws IOException {
    g.writeStartArray();
    g.writeNumber(d.codePointOffset(s.start()));
    g.writeNumber(d.codePointOffset(s.end()));
    g.writeEndArray();
  }

  private static void writeIfPresent(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }
}

package org.isnad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.fact.Amount;
import org.isnad.fact.Attribution;
import org.isnad.fact.Entity;
import org.isnad.fact.EntityType;
import org.isnad.fact.Extraction;
import org.isnad.fact.Fact;
import org.isnad.fact.FactType;
import org.isnad.fact.TimeValue;
import org.isnad.text.Document;
import org.isnad.text.Metadata;
import org.isnad.text.Span;

/** Hand-built extractions for store tests: one article, its entities and facts, with a sentence per fact. */
final class Articles {
  private final String id;
  private final String lang;
  private final String outlet;
  private final LocalDate published;
  private final StringBuilder text;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();

  private Articles(String id, String lang, String outlet, LocalDate published) {
    this.id = id;
    this.lang = lang;
    this.outlet = outlet;
    this.published = published;
    this.text = new StringBuilder(id).append(".\n");
  }

  static Articles article(String id, String lang, String outlet, String published) {
    return new Articles(id, lang, outlet, published == null ? null : LocalDate.parse(published));
  }

  /** Adds an entity; returns its local id. */
  String entity(String type, String name, String nameEn, String... aliases) {
    String local = "E" + (entities.size() + 1);
    entities.add(new Entity(local, EntityType.valueOf(type.toUpperCase(java.util.Locale.ROOT)), name, nameEn,
        List.of(aliases), List.of()));
    return local;
  }

  /** Adds a two-role fact written as one sentence; amount may be null. */
  Articles fact(String type, String first, String second, Double amount, String status, String time, String sentence) {
    FactType t = FactType.fromJson(type);
    Map<String, Object> roles = new LinkedHashMap<>();
    if (t.hasListRole()) {
      roles.put(t.firstRole(), List.of(first, second));
    } else {
      roles.put(t.firstRole(), first);
      if (second != null) {
        roles.put(t.secondRole(), second);
      }
    }
    int at = text.length();
    text.append(sentence).append('\n');
    Map<String, Object> fields = new LinkedHashMap<>();
    if (t == FactType.STATEMENT) {
      fields.put("quote", sentence);
    }
    facts.add(new Fact("F" + (facts.size() + 1), t, roles, amount == null ? null : new Amount(amount, "USD", "exact", "$"),
        time == null ? null : new TimeValue(time, time), status, Attribution.ASSERTED,
        List.of(new Span(at, at + sentence.length())), 0.9, fields));
    return this;
  }

  Extraction build() {
    Metadata meta = new Metadata(null, outlet, "title of " + id, published, Map.of(), 0);
    return new Extraction(new Document(id, text.toString(), meta, lang), entities, facts);
  }
}

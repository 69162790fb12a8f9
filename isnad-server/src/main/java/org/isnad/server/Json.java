package org.isnad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.isnad.brief.Phrases;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;
import org.isnad.store.StoredDocument;

/** The API's JSON shapes (described in openapi.json): entities, facts with evidence, articles with spans. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ObjectNode entity(EntityRef e, Phrases say) {
    ObjectNode n = object().put("id", e.id()).put("type", e.type()).put("name", e.name()).put("name_en", e.nameEn())
        .put("display", say.name(e)).put("documents", e.documents());
    ArrayNode a = n.putArray("aliases");
    e.aliases().forEach(a::add);
    return n;
  }

  static ArrayNode entities(List<EntityRef> es, Phrases say) {
    ArrayNode out = MAPPER.createArrayNode();
    es.forEach(e -> out.add(entity(e, say)));
    return out;
  }

  static ObjectNode fact(GlobalFact f, Phrases say) {
    ObjectNode n = object().put("id", f.id()).put("type", f.type()).put("summary", say.sentence(f))
        .put("first_role", org.isnad.fact.FactType.fromJson(f.type()).firstRole());
    ObjectNode roles = n.putObject("roles");
    f.roles().forEach((role, es) -> {
      ArrayNode a = roles.putArray(role);
      es.forEach(e -> a.addObject().put("id", e.id()).put("name", say.name(e)).put("type", e.type()));
    });
    if (f.amount() != null) {
      n.putObject("amount").put("value", f.amount()).put("currency", f.currency());
    }
    n.put("status", f.status()).put("status_text", f.status() == null ? null : say.status(f.status()))
        .put("time", f.time()).put("date", f.date()).put("text", f.text())
        .put("amount_conflict", f.amountConflict()).put("status_conflict", f.statusConflict())
        .put("evidences", f.evidences()).put("reports", f.reports());
    ArrayNode ev = n.putArray("evidence");
    for (GlobalFact.Evidence e : f.evidence()) {
      ObjectNode x = ev.addObject().put("doc", e.docId()).put("story", e.story()).put("title", e.title()).put("outlet", e.outlet())
          .put("url", e.url()).put("published", e.published()).put("sentence", e.sentence()).put("status", e.status())
          .put("attribution", e.attribution()).put("says", say.attribution(e));
      x.putArray("span").add(e.start()).add(e.end());
      if (e.amount() != null) {
        x.putObject("amount").put("value", e.amount()).put("currency", e.currency());
      }
    }
    return n;
  }

  static ObjectNode document(StoredDocument d, java.util.Map<Long, String> sentences) {
    ObjectNode n = object().put("id", d.docId()).put("lang", d.lang()).put("title", d.title()).put("url", d.url())
        .put("outlet", d.outlet()).put("published", d.published()).put("text", d.text())
        .put("length", d.text().codePointCount(0, d.text().length()));
    ArrayNode es = n.putArray("entities");
    for (StoredDocument.Entity e : d.entities()) {
      ObjectNode x = es.addObject().put("id", e.localId()).put("entity", e.entityId()).put("type", e.type())
          .put("name", e.name()).put("name_en", e.nameEn());
      ranges(x.putArray("mentions"), e.mentions());
    }
    ArrayNode fs = n.putArray("facts");
    for (StoredDocument.Fact f : d.facts()) {
      ObjectNode x = fs.addObject().put("id", f.localId()).put("fact", f.factId()).put("type", f.type())
          .put("summary", f.summary()).put("sentence", f.factId() == null ? null : sentences.get(f.factId()))
          .put("status", f.status()).put("attribution", f.attribution());
      ranges(x.putArray("evidence"), f.evidence());
    }
    return n;
  }

  private static void ranges(ArrayNode into, List<StoredDocument.Range> rs) {
    rs.forEach(r -> into.addArray().add(r.start()).add(r.end()));
  }

  static ObjectNode documentRef(StoredDocument.Ref d) {
    return object().put("id", d.docId()).put("lang", d.lang()).put("title", d.title()).put("outlet", d.outlet())
        .put("published", d.published()).put("facts", d.facts());
  }

  static ObjectNode error(int status, String message) {
    return object().put("status", status).put("error", message);
  }
}

package org.isnad.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.isnad.fact.FactType;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;
import org.isnad.store.Store;

/**
 * JSON-LD with schema.org types, one {@code @graph}. Entities are Person, Organization
 * (GovernmentOrganization for ministries and governments), Place or Thing. Donations and gifts
 * are DonateAction (agent, recipient, price, priceCurrency), payments and contracts PayAction,
 * investments InvestOrDepositAction (amount as a MonetaryAmount), acquisitions BuyAction,
 * meetings Event (attendee); the other facts are Action (agent, participant). A fact's status is
 * its actionStatus. Each article's report is a Claim (its sentence, {@code appearance} in a
 * NewsArticle, {@code about} the fact) that the fact lists as {@code subjectOf}. Ids are URNs:
 * {@code urn:isnad:entity:N}, {@code urn:isnad:fact:N}, {@code urn:isnad:claim:N:K}, {@code
 * urn:isnad:article:SHA256}, {@code urn:isnad:outlet:NAME}, {@code urn:isnad:amount:N}.
 */
final class JsonLdExport {
  private final JsonGenerator json;
  private final Tally tally = new Tally();

  private JsonLdExport(JsonGenerator json) {
    this.json = json;
  }

  static Counts write(Selection s, OutputStream out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    g.setPrettyPrinter(new com.fasterxml.jackson.core.util.MinimalPrettyPrinter("\n") {
      @Override
      public void writeArrayValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(",\n");
      }
    });
    JsonLdExport x = new JsonLdExport(g);
    try {
      g.writeStartObject();
      g.writeObjectFieldStart("@context");
      g.writeStringField("@vocab", "https://schema.org/");
      g.writeEndObject();
      g.writeArrayFieldStart("@graph");
      s.entities(x::entity);
      s.facts(x::fact);
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    g.close();
    return x.tally.counts();
  }

  private void entity(Store.ExportEntity x) {
    EntityRef e = x.entity();
    String type = switch (e.type()) {
      case "person" -> "Person";
      case "organization" -> FtmExport.schema(x).equals("PublicBody") ? "GovernmentOrganization" : "Organization";
      case "place" -> "Place";
      default -> "Thing";
    };
    try {
      json.writeStartObject();
      node("urn:isnad:entity:" + e.id(), type);
      string("name", e.name());
      List<String> other = new java.util.ArrayList<>(e.aliases());
      if (e.nameEn() != null) {
        other.add(0, e.nameEn());
      }
      other.remove(e.name());
      if (!other.isEmpty()) {
        json.writeArrayFieldStart("alternateName");
        for (String a : other.stream().distinct().toList()) {
          json.writeString(Text.clean(a));
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      tally.entities++;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private void fact(GlobalFact f) {
    FactType t = FactType.fromJson(f.type());
    List<EntityRef> a = f.role(t.firstRole());
    List<EntityRef> b = t.secondRole() == null ? List.of() : f.role(t.secondRole());
    String factId = "urn:isnad:fact:" + f.id();
    try {
      json.writeStartObject();
      switch (t) {
        case DONATION, GIFT -> money(factId, "DonateAction", f, a, "recipient", b);
        case PAYMENT -> money(factId, "PayAction", f, a, "recipient", b);
        case CONTRACT -> money(factId, "PayAction", f, b, "recipient", a); // the client pays the contractor
        case ACQUISITION -> money(factId, "BuyAction", f, a, "object", b);
        case INVESTMENT -> {
          node(factId, "InvestOrDepositAction");
          refs("agent", a);
          refs("object", b);
          if (f.amount() != null) {
            json.writeObjectFieldStart("amount");
            node("urn:isnad:amount:" + f.id(), "MonetaryAmount");
            json.writeNumberField("value", f.amount());
            string("currency", f.currency());
            json.writeEndObject();
          }
          action(f);
        }
        case MEETING -> {
          node(factId, "Event");
          string("name", Text.summary(f));
          refs("attendee", a);
          string("startDate", Text.date(f.time()));
        }
        default -> {
          node(factId, "Action");
          string("name", f.type());
          refs("agent", a);
          refs("participant", b);
          action(f);
        }
      }
      string("description", Text.summary(f));
      json.writeArrayFieldStart("subjectOf");
      for (int i = 0; i < f.evidence().size(); i++) {
        ref("urn:isnad:claim:" + f.id() + ":" + (i + 1));
      }
      json.writeEndArray();
      json.writeEndObject();
      for (int i = 0; i < f.evidence().size(); i++) {
        claim(f, factId, i);
      }
      tally.facts++;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private void money(String id, String type, GlobalFact f, List<EntityRef> agent, String other, List<EntityRef> them)
      throws IOException {
    node(id, type);
    refs("agent", agent);
    refs(other, them);
    if (f.amount() != null) {
      json.writeNumberField("price", f.amount());
      string("priceCurrency", f.currency());
    }
    action(f);
  }

  /** What every Action carries: its time and how far it happened. */
  private void action(GlobalFact f) throws IOException {
    string("startTime", Text.date(f.time()));
    if (f.status() != null) {
      string("actionStatus", switch (f.status()) {
        case "occurred" -> "CompletedActionStatus";
        case "ongoing" -> "ActiveActionStatus";
        case "not_occurred" -> "FailedActionStatus";
        default -> "PotentialActionStatus";
      });
    }
  }

  private void claim(GlobalFact f, String factId, int i) throws IOException {
    GlobalFact.Evidence e = f.evidence().get(i);
    String article = "urn:isnad:article:" + e.document();
    if (tally.firstCite(e.document())) {
      json.writeStartObject();
      node(article, "NewsArticle");
      string("identifier", e.docId());
      string("headline", e.title());
      string("url", Text.url(e.url()));
      string("datePublished", Text.date(e.published()));
      if (e.outlet() != null) {
        json.writeObjectFieldStart("publisher");
        node("urn:isnad:outlet:" + URLEncoder.encode(e.outlet().strip(), StandardCharsets.UTF_8), "Organization");
        string("name", e.outlet());
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeStartObject();
    node("urn:isnad:claim:" + f.id() + ":" + (i + 1), "Claim");
    string("text", e.sentence());
    String says = String.join("; ", java.util.stream.Stream.of(e.status(), e.attribution(),
        e.attributionSource() == null ? null : "source: " + e.attributionSource()).filter(java.util.Objects::nonNull).toList());
    string("description", says.isEmpty() ? null : says);
    json.writeObjectFieldStart("appearance");
    json.writeStringField("@id", article);
    json.writeEndObject();
    json.writeObjectFieldStart("about");
    json.writeStringField("@id", factId);
    json.writeEndObject();
    json.writeEndObject();
    tally.evidences++;
  }

  private void node(String id, String type) throws IOException {
    json.writeStringField("@id", id);
    json.writeStringField("@type", type);
  }

  private void refs(String field, List<EntityRef> es) throws IOException {
    if (es.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart(field);
    for (EntityRef e : es) {
      ref("urn:isnad:entity:" + e.id());
    }
    json.writeEndArray();
  }

  private void ref(String id) throws IOException {
    json.writeStartObject();
    json.writeStringField("@id", id);
    json.writeEndObject();
  }

  private void string(String field, String value) throws IOException {
    if (value != null) {
      json.writeStringField(field, Text.clean(value));
    }
  }
}

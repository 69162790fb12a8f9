package org.isnad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.brief.BriefText;
import org.isnad.brief.Briefing;
import org.isnad.brief.Phrases;
import org.isnad.fact.FactType;
import org.isnad.ingest.Article;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;
import org.isnad.store.Store;
import org.isnad.store.StoredDocument;

/** The REST handlers: each reads its parameters, asks the store, and answers JSON (openapi.json describes them). */
final class Api {
  /** Facts drawn in an entity's neighbourhood graph: the best-attested first. */
  static final int GRAPH_FACTS = 150;
  static final int GRAPH_NODES = 40;
  private final Stores stores;
  private final Intake intake;
  private final int maxBody;
  private final BriefCache briefs;

  Api(Stores stores, Intake intake, int maxBody, BriefCache briefs) {
    this.stores = stores;
    this.intake = intake;
    this.maxBody = maxBody;
    this.briefs = briefs;
  }

  void searchEntities(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw ApiError.badRequest("give the text to search as q");
    }
    if (q.length() > 200) {
      throw ApiError.badRequest("q is at most 200 characters");
    }
    int limit = intParam(ctx, "limit", 20, 1, 100);
    Phrases say = phrases(ctx);
    List<EntityRef> found = stores.read(s -> s.searchEntities(q.strip(), limit));
    json(ctx, Json.object().put("query", q).set("entities", Json.entities(found, say)));
  }

  void entity(Context ctx) {
    long id = idParam(ctx);
    String type = typeParam(ctx);
    int limit = intParam(ctx, "limit", 200, 1, 1000);
    Phrases say = phrases(ctx);
    ObjectNode out = stores.read(s -> {
      EntityRef e = found(s, id);
      List<GlobalFact> facts = s.facts(new Store.Query(List.of(id), type, null, null, limit));
      ObjectNode n = Json.object();
      n.set("entity", Json.entity(e, say));
      ArrayNode fs = n.putArray("facts");
      facts.forEach(f -> fs.add(Json.fact(f, say)));
      return n;
    });
    json(ctx, out);
  }

  void brief(Context ctx) {
    long id = idParam(ctx);
    String lang = langParam(ctx);
    int limit = intParam(ctx, "limit", 20, 1, 200);
    boolean related = !"false".equals(ctx.queryParam("related"));
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
    if (!List.of("json", "text", "md").contains(format)) {
      throw ApiError.badRequest("format is json, text or md, not " + format);
    }
    String body = briefs.get(id + "|" + lang + "|" + limit + "|" + related + "|" + format, () -> stores.read(s -> {
      Briefing b = Briefing.of(s, List.of(found(s, id)), List.of(), related, limit);
      return format.equals("json") ? BriefText.jsonTree(b, lang).toString()
          : new BriefText(lang, format.equals("md"), limit).render(b);
    }));
    if (format.equals("json")) {
      ctx.contentType("application/json; charset=utf-8").result(body);
    } else {
      ctx.contentType((format.equals("md") ? "text/markdown" : "text/plain") + "; charset=utf-8").result(body);
    }
  }

  /** The entity, the entities it shares facts with, and one edge per fact type between two of them. */
  void graph(Context ctx) {
    long id = idParam(ctx);
    Phrases say = phrases(ctx);
    ObjectNode out = stores.read(s -> {
      EntityRef center = found(s, id);
      List<Long> ids = s.heads(List.of(id)).stream()
          .sorted(Briefing.MOST_REPORTED)
          .limit(GRAPH_FACTS).map(Store.FactHead::id).toList();
      return graph(center, s.factsById(ids, 1), say);
    });
    json(ctx, out);
  }

  static ObjectNode graph(EntityRef center, List<GlobalFact> facts, Phrases say) {
    Map<Long, EntityRef> nodes = new LinkedHashMap<>();
    Map<Long, Integer> degree = new LinkedHashMap<>();
    Map<String, ObjectNode> edges = new LinkedHashMap<>();
    nodes.put(center.id(), center);
    for (GlobalFact f : facts) {
      FactType t = FactType.fromJson(f.type());
      List<EntityRef> from = new ArrayList<>(f.role(t.firstRole()));
      List<EntityRef> to = new ArrayList<>();
      f.roles().forEach((role, es) -> {
        if (!role.equals(t.firstRole())) {
          to.addAll(es);
        }
      });
      boolean symmetric = to.isEmpty();
      List<EntityRef[]> pairs = new ArrayList<>();
      if (symmetric) {
        for (int i = 0; i < from.size(); i++) {
          for (int j = i + 1; j < from.size(); j++) {
            pairs.add(new EntityRef[] {from.get(i), from.get(j)});
          }
        }
      } else {
        for (EntityRef a : from) {
          for (EntityRef b : to) {
            pairs.add(new EntityRef[] {a, b});
          }
        }
      }
      for (EntityRef[] p : pairs) {
        if (p[0].id() == p[1].id()) {
          continue;
        }
        nodes.putIfAbsent(p[0].id(), p[0]);
        nodes.putIfAbsent(p[1].id(), p[1]);
        String key = p[0].id() + ">" + p[1].id() + ":" + f.type();
        ObjectNode e = edges.get(key);
        if (e == null) {
          e = Json.object().put("source", p[0].id()).put("target", p[1].id()).put("type", f.type())
              .put("directed", !symmetric).put("facts", 0);
          e.putArray("fact_ids");
          edges.put(key, e);
          degree.merge(p[0].id(), 1, Integer::sum);
          degree.merge(p[1].id(), 1, Integer::sum);
        }
        e.put("facts", e.get("facts").asInt() + 1);
        ((ArrayNode) e.get("fact_ids")).add(f.id());
        if (f.amount() != null) {
          e.put("amount", (e.has("amount") ? e.get("amount").asDouble() : 0) + f.amount()).put("currency", f.currency());
        }
      }
    }
    // The best-connected neighbours, then only the edges between nodes kept.
    List<Long> kept = new ArrayList<>();
    kept.add(center.id());
    degree.entrySet().stream().filter(d -> d.getKey() != center.id())
        .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(GRAPH_NODES - 1).forEach(d -> kept.add(d.getKey()));
    ObjectNode out = Json.object().put("center", center.id());
    ArrayNode ns = out.putArray("nodes");
    kept.forEach(k -> ns.add(Json.entity(nodes.get(k), say)));
    ArrayNode es = out.putArray("edges");
    edges.values().stream().filter(e -> kept.contains(e.get("source").asLong()) && kept.contains(e.get("target").asLong()))
        .forEach(es::add);
    return out;
  }

  void facts(Context ctx) {
    String type = typeParam(ctx);
    LocalDate from = dateParam(ctx, "from");
    LocalDate to = dateParam(ctx, "to");
    int limit = intParam(ctx, "limit", 200, 1, 1000);
    String entity = ctx.queryParam("entity");
    Phrases say = phrases(ctx);
    ObjectNode out = stores.read(s -> {
      List<Long> ids = null;
      if (entity != null && !entity.isBlank()) {
        ids = entity.matches("\\d{1,18}") ? List.of(found(s, Long.parseLong(entity)).id())
            : s.findEntities(entity).stream().map(EntityRef::id).toList();
        if (ids.isEmpty()) {
          throw ApiError.notFound("no entity named " + entity);
        }
      }
      ObjectNode n = Json.object();
      ArrayNode fs = n.putArray("facts");
      s.facts(new Store.Query(ids, type, from, to, limit)).forEach(f -> fs.add(Json.fact(f, say)));
      return n;
    });
    json(ctx, out);
  }

  void documents(Context ctx) {
    int limit = intParam(ctx, "limit", 50, 1, 500);
    ObjectNode out = stores.read(s -> {
      ObjectNode n = Json.object().put("total", s.documentCount());
      ArrayNode ds = n.putArray("documents");
      s.recentDocuments(limit).forEach(d -> ds.add(Json.documentRef(d)));
      return n;
    });
    json(ctx, out);
  }

  void document(Context ctx) {
    String id = ctx.pathParam("id");
    Phrases say = phrases(ctx);
    ObjectNode out = stores.read(s -> {
      StoredDocument d = s.document(id);
      if (d == null) {
        throw ApiError.notFound("no article with the id " + id);
      }
      // Each fact also as a sentence in the asked language, from the merged fact it became.
      List<Long> ids = d.facts().stream().map(StoredDocument.Fact::factId).filter(java.util.Objects::nonNull).toList();
      Map<Long, String> sentences = new LinkedHashMap<>();
      s.factsById(ids, 1).forEach(f -> sentences.put(f.id(), say.sentence(f)));
      return Json.document(d, sentences);
    });
    json(ctx, out);
  }

  void postDocument(Context ctx) {
    byte[] body = Server.body(ctx, maxBody);
    if (body.length == 0) {
      throw ApiError.badRequest("the body is empty; send the article's text");
    }
    Article a = intake.read(body, ctx.contentType(), ctx.queryParam("id"));
    Intake.Result r = intake.ingest(a, ctx.queryParam("lang"), stores);
    ctx.status(r.outcome() == Store.Outcome.ADDED ? 201 : 200);
    ctx.header("Location", "/api/documents/" + java.net.URLEncoder.encode(r.id(), java.nio.charset.StandardCharsets.UTF_8));
    json(ctx, Json.object().put("id", r.id()).put("lang", r.lang()).put("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT))
        .put("facts", r.facts()));
  }

  // --- parameters ---

  private static EntityRef found(Store s, long id) {
    EntityRef e = s.entity(id);
    if (e == null) {
      throw ApiError.notFound("no entity with the id " + id);
    }
    return e;
  }

  private static long idParam(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("\\d{1,18}")) {
      throw ApiError.badRequest("an entity id is a number, not " + id);
    }
    return Long.parseLong(id);
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw ApiError.badRequest(name + " is between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " is a whole number, not " + v);
    }
  }

  private static String typeParam(Context ctx) {
    String t = ctx.queryParam("type");
    if (t == null || t.isBlank()) {
      return null;
    }
    try {
      return FactType.fromJson(t.strip()).json();
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("unknown fact type " + t + "; one of donation, payment, investment, acquisition, contract,"
          + " gift, sanction, statement, meeting, role, ownership, accusation, dispute, competition, policy, no_comment");
    }
  }

  private static LocalDate dateParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " is a day as YYYY-MM-DD, not " + v);
    }
  }

  private static String langParam(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang == null || lang.isBlank()) {
      return "en";
    }
    if (!lang.equals("ar") && !lang.equals("en")) {
      throw ApiError.badRequest("lang is ar or en, not " + lang);
    }
    return lang;
  }

  private static Phrases phrases(Context ctx) {
    return new Phrases(langParam(ctx));
  }

  static void json(Context ctx, ObjectNode body) {
    ctx.contentType("application/json; charset=utf-8").result(body.toString());
  }
}

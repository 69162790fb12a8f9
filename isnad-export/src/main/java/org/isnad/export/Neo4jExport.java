package org.isnad.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.isnad.fact.FactType;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;

/**
 * A property graph for Neo4j, as CSV files in the header format of {@code neo4j-admin database
 * import} and a Cypher script ({@code import.cypher}) that loads the same files with LOAD CSV.
 * Nodes: {@code :Entity} (and {@code :Person}, {@code :Organization}, {@code :Place} or {@code
 * :Other}), {@code :Fact} (and its type: {@code :Donation}, {@code :Meeting}, ...) and {@code
 * :Article}. Relationships: entity to fact by role ({@code DONOR}, {@code RECIPIENT}, ...),
 * entity to entity by fact type ({@code DONATION}, ... with the amount; both ways between the
 * parties of a meeting, dispute or rivalry), and fact to article ({@code REPORTED_IN}, with the
 * article's sentence, status and attribution). Arrays use Neo4j's default delimiter {@code ;}.
 */
final class Neo4jExport {
  static final String[] ENTITIES = {"id:ID", "name", "name_en", "aliases:string[]", "type", "documents:int",
      "roles:string[]", ":LABEL"};
  static final String[] FACTS = {"id:ID", "type", "summary", "amount:double", "currency", "status", "time", "text",
      "amount_conflict:boolean", "status_conflict:boolean", "evidences:int", "reports:int", ":LABEL"};
  static final String[] ARTICLES = {"id:ID", "article", "doc_id", "title", "outlet", "url", "published", "story:long",
      ":LABEL"};
  static final String[] ROLES = {":START_ID", ":END_ID", ":TYPE"};
  static final String[] LINKS = {":START_ID", ":END_ID", ":TYPE", "fact", "amount:double", "currency", "status", "time",
      "reports:int"};
  static final String[] EVIDENCE = {":START_ID", ":END_ID", ":TYPE", "status", "attribution", "attribution_source",
      "amount:double", "currency", "span_start:int", "span_end:int", "sentence"};

  private Neo4jExport() {}

  static Counts write(Selection s, Path dir) throws IOException {
    Tally tally = new Tally();
    try (Csv entities = new Csv(dir.resolve("entities.csv"), ENTITIES)) {
      s.entities(x -> {
        EntityRef e = x.entity();
        entities.row("e" + e.id(), e.name(), e.nameEn(), array(e.aliases()), e.type(), e.documents(), array(x.roles()),
            "Entity;" + label(e.type()));
        tally.entities++;
      });
    }
    try (Csv facts = new Csv(dir.resolve("facts.csv"), FACTS); Csv articles = new Csv(dir.resolve("articles.csv"), ARTICLES);
        Csv roles = new Csv(dir.resolve("roles.csv"), ROLES); Csv links = new Csv(dir.resolve("links.csv"), LINKS);
        Csv evidence = new Csv(dir.resolve("evidence.csv"), EVIDENCE)) {
      s.facts(f -> {
        String id = "f" + f.id();
        facts.row(id, f.type(), Text.summary(f), Text.amount(f.amount()), f.currency(), f.status(), f.time(), f.text(),
            f.amountConflict(), f.statusConflict(), f.evidences(), f.reports(), "Fact;" + label(f.type()));
        f.roles().forEach((role, es) -> es.forEach(e -> roles.row("e" + e.id(), id, relationship(role))));
        FactType t = FactType.fromJson(f.type());
        List<EntityRef> a = f.role(t.firstRole());
        List<EntityRef> b = t.hasListRole() ? a : t.secondRole() == null ? List.of() : f.role(t.secondRole());
        for (EntityRef x : a) {
          for (EntityRef y : b) {
            if (x.id() != y.id()) {
              links.row("e" + x.id(), "e" + y.id(), relationship(f.type()), id, Text.amount(f.amount()), f.currency(),
                  f.status(), f.time(), f.reports());
            }
          }
        }
        for (GlobalFact.Evidence e : f.evidence()) {
          if (tally.firstCite(e.document())) {
            articles.row("a" + e.document(), e.document(), e.docId(), e.title(), e.outlet(), e.url(), e.published(),
                e.story(), "Article");
          }
          evidence.row(id, "a" + e.document(), "REPORTED_IN", e.status(), e.attribution(), e.attributionSource(),
              Text.amount(e.amount()), e.currency(), e.start(), e.end(), e.sentence());
          tally.evidences++;
        }
        tally.facts++;
      });
    }
    Files.writeString(dir.resolve("import.cypher"), cypher(), StandardCharsets.UTF_8);
    return tally.counts();
  }

  /** A Neo4j array field: values joined by ';', a ';' inside a value turned into ','. */
  static String array(java.util.Collection<String> values) {
    return values.stream().map(v -> Text.clean(v).replace(';', ',')).collect(Collectors.joining(";"));
  }

  /** A label: person → Person, no_comment → NoComment. */
  static String label(String type) {
    StringBuilder s = new StringBuilder();
    for (String w : type.split("_")) {
      s.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
    }
    return s.toString();
  }

  /** A relationship type: donor → DONOR, no_comment → NO_COMMENT. */
  static String relationship(String name) {
    return name.toUpperCase(Locale.ROOT);
  }

  /** Every role name and every fact type, for the script's one statement per relationship type. */
  static Set<String> roles() {
    Set<String> out = new LinkedHashSet<>();
    for (FactType t : FactType.values()) {
      out.add(t.firstRole());
      if (t.secondRole() != null) {
        out.add(t.secondRole());
      }
    }
    return out;
  }

  /** The LOAD CSV script. Cypher cannot take a label or relationship type from a column, so each has a statement. */
  static String cypher() {
    StringBuilder c = new StringBuilder();
    c.append("// isnad's graph for Neo4j 5. Two ways to load it into Neo4j:\n")
        .append("// 1. neo4j-admin, into a new database (fastest; the CSV files carry the neo4j-admin headers):\n")
        .append("//    neo4j-admin database import full --multiline-fields=true --nodes=entities.csv --nodes=facts.csv \\\n")
        .append("//      --nodes=articles.csv --relationships=roles.csv --relationships=links.csv --relationships=evidence.csv neo4j\n")
        .append("// 2. This script: copy the CSV files into Neo4j's import folder, then cypher-shell -f import.cypher\n")
        .append("//    (each statement commits every 1000 rows).\n");
    for (String label : new String[] {"Entity", "Fact", "Article"}) {
      c.append("CREATE CONSTRAINT isnad_").append(label.toLowerCase(Locale.ROOT)).append("_id IF NOT EXISTS FOR (n:")
          .append(label).append(") REQUIRE n.id IS UNIQUE;\n");
    }
    load(c, "entities.csv", "CREATE (n:Entity {id: row.`id:ID`, name: row.name, name_en: row.name_en,"
        + " aliases: split(row.`aliases:string[]`, ';'), type: row.type, documents: toInteger(row.`documents:int`),"
        + " roles: split(row.`roles:string[]`, ';')})");
    for (String type : new String[] {"person", "organization", "place", "other"}) {
      c.append("MATCH (n:Entity) WHERE n.type = '").append(type).append("' CALL { WITH n SET n:").append(label(type))
          .append(" } IN TRANSACTIONS OF 10000 ROWS;\n");
    }
    load(c, "facts.csv", "CREATE (n:Fact {id: row.`id:ID`, type: row.type, summary: row.summary,"
        + " amount: toFloat(row.`amount:double`), currency: row.currency, status: row.status, time: row.time, text: row.text,"
        + " amount_conflict: toBoolean(row.`amount_conflict:boolean`), status_conflict: toBoolean(row.`status_conflict:boolean`),"
        + " evidences: toInteger(row.`evidences:int`), reports: toInteger(row.`reports:int`)})");
    for (FactType t : FactType.values()) {
      c.append("MATCH (n:Fact) WHERE n.type = '").append(t.json()).append("' CALL { WITH n SET n:").append(label(t.json()))
          .append(" } IN TRANSACTIONS OF 10000 ROWS;\n");
    }
    load(c, "articles.csv", "CREATE (n:Article {id: row.`id:ID`, article: row.article, doc_id: row.doc_id, title: row.title,"
        + " outlet: row.outlet, url: row.url, published: row.published, story: toInteger(row.`story:long`)})");
    for (String role : roles()) {
      loadWhere(c, "roles.csv", relationship(role), "MATCH (e:Entity {id: row.`:START_ID`}), (f:Fact {id: row.`:END_ID`})"
          + " CREATE (e)-[:" + relationship(role) + "]->(f)");
    }
    for (FactType t : FactType.values()) {
      loadWhere(c, "links.csv", relationship(t.json()), "MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})"
          + " CREATE (a)-[:" + relationship(t.json()) + " {fact: row.fact, amount: toFloat(row.`amount:double`),"
          + " currency: row.currency, status: row.status, time: row.time, reports: toInteger(row.`reports:int`)}]->(b)");
    }
    loadWhere(c, "evidence.csv", "REPORTED_IN", "MATCH (f:Fact {id: row.`:START_ID`}), (a:Article {id: row.`:END_ID`})"
        + " CREATE (f)-[:REPORTED_IN {status: row.status, attribution: row.attribution,"
        + " attribution_source: row.attribution_source, amount: toFloat(row.`amount:double`), currency: row.currency,"
        + " span_start: toInteger(row.`span_start:int`), span_end: toInteger(row.`span_end:int`), sentence: row.sentence}]->(a)");
    return c.toString();
  }

  private static void load(StringBuilder c, String file, String body) {
    c.append("LOAD CSV WITH HEADERS FROM 'file:///").append(file).append("' AS row\nCALL { WITH row ").append(body)
        .append(" } IN TRANSACTIONS OF 1000 ROWS;\n");
  }

  private static void loadWhere(StringBuilder c, String file, String type, String body) {
    c.append("LOAD CSV WITH HEADERS FROM 'file:///").append(file).append("' AS row\nWITH row WHERE row.`:TYPE` = '")
        .append(type).append("'\nCALL { WITH row ").append(body).append(" } IN TRANSACTIONS OF 1000 ROWS;\n");
  }
}

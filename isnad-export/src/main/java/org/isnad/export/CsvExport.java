package org.isnad.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;

/**
 * Four CSV tables for spreadsheets and databases: entities.csv, facts.csv (with a readable
 * {@code roles} column), roles.csv (fact, role, entity: one row each) and evidence.csv (one row
 * per article's report of a fact, with the article's outlet, title, address and sentence).
 */
final class CsvExport {
  static final String[] ENTITIES = {"entity_id", "type", "name", "name_en", "aliases", "documents", "roles"};
  static final String[] FACTS = {"fact_id", "type", "summary", "roles", "amount", "currency", "status", "time", "text",
      "amount_conflict", "status_conflict", "evidences", "reports"};
  static final String[] ROLES = {"fact_id", "role", "entity_id", "entity_name"};
  static final String[] EVIDENCE = {"fact_id", "article", "doc_id", "story", "outlet", "title", "url", "published",
      "status", "attribution", "attribution_source", "amount", "currency", "span_start", "span_end", "sentence"};

  private CsvExport() {}

  static Counts write(Selection s, Path dir) throws IOException {
    Tally tally = new Tally();
    try (Csv entities = new Csv(dir.resolve("entities.csv"), ENTITIES)) {
      s.entities(x -> {
        EntityRef e = x.entity();
        entities.row(e.id(), e.type(), e.name(), e.nameEn(), String.join("; ", e.aliases()), e.documents(),
            String.join("; ", x.roles()));
        tally.entities++;
      });
    }
    try (Csv facts = new Csv(dir.resolve("facts.csv"), FACTS); Csv roles = new Csv(dir.resolve("roles.csv"), ROLES);
        Csv evidence = new Csv(dir.resolve("evidence.csv"), EVIDENCE)) {
      s.facts(f -> {
        facts.row(f.id(), f.type(), Text.summary(f), roles(f), Text.amount(f.amount()), f.currency(), f.status(), f.time(),
            f.text(), f.amountConflict(), f.statusConflict(), f.evidences(), f.reports());
        f.roles().forEach((role, es) -> es.forEach(e -> roles.row(f.id(), role, e.id(), e.name())));
        for (GlobalFact.Evidence e : f.evidence()) {
          evidence.row(f.id(), e.document(), e.docId(), e.story(), e.outlet(), e.title(), e.url(), e.published(), e.status(),
              e.attribution(), e.attributionSource(), Text.amount(e.amount()), e.currency(), e.start(), e.end(), e.sentence());
          tally.firstCite(e.document());
          tally.evidences++;
        }
        tally.facts++;
      });
    }
    return tally.counts();
  }

  /** "donor=Amazon [3]; recipient=Trump inaugural fund [7]". */
  static String roles(GlobalFact f) {
    return f.roles().entrySet().stream().map(CsvExport::role).collect(Collectors.joining("; "));
  }

  private static String role(Map.Entry<String, List<EntityRef>> r) {
    return r.getKey() + "=" + r.getValue().stream().map(e -> Text.name(e) + " [" + e.id() + "]").collect(Collectors.joining(", "));
  }
}

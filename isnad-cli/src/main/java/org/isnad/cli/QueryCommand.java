package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.isnad.brief.Phrases;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;
import org.isnad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad query}: stored facts by entity, type and date range, as a table, JSON or CSV. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Facts merged across the stored articles, selected by entity, type and date range.")
final class QueryCommand implements Callable<Integer> {
  enum Format { TABLE, JSON, CSV }

  @Option(names = "--entity", paramLabel = "NAME", description = "an entity, in Arabic or English, any alias")
  String entity;

  @Option(names = "--type", paramLabel = "T", description = "a fact type of FACTS.md: donation, payment, statement, ...")
  String type;

  @Option(names = "--from", paramLabel = "DATE", description = "facts on or after this day (YYYY-MM-DD)")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "facts on or before this day (YYYY-MM-DD)")
  LocalDate to;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--limit", defaultValue = "1000", description = "at most this many facts (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--db", defaultValue = "isnad.db", description = "SQLite file or postgresql://host:port/db (default: ${DEFAULT-VALUE})")
  String db;

  @Override
  public Integer call() {
    if (type != null) {
      try {
        type = org.isnad.fact.FactType.fromJson(type).json();
      } catch (IllegalArgumentException e) {
        System.err.println("isnad query: unknown --type " + type + "; one of donation, payment, investment, acquisition,"
            + " contract, gift, sanction, statement, meeting, role, ownership, accusation, dispute, competition, policy, no_comment");
        return 2;
      }
    }
    try (Store store = Store.open(db)) {
      List<Long> ids = null;
      if (entity != null) {
        ids = store.findEntities(entity).stream().map(EntityRef::id).toList();
        if (ids.isEmpty()) {
          System.err.println("isnad query: no entity named \"" + entity + "\" in " + db);
          return 1;
        }
      }
      print(store.facts(new Store.Query(ids, type, from, to, limit)), System.out);
      return 0;
    }
  }

  private void print(List<GlobalFact> facts, PrintStream out) {
    if (format == Format.JSON) {
      ObjectMapper json = new ObjectMapper();
      ArrayNode all = json.createArrayNode();
      for (GlobalFact f : facts) {
        all.add(json.valueToTree(f));
      }
      out.println(all.toPrettyString());
      return;
    }
    // reports: independent reports among the articles; copies of one wire story count once.
    String[] header = {"fact", "type", "date", "roles", "amount", "currency", "status", "conflicts", "reports", "articles"};
    if (format == Format.CSV) {
      out.println(String.join(",", header));
    } else {
      out.printf("%-6s %-11s %-10s %-60s %15s %-4s %-12s %-9s %-7s %s%n", (Object[]) header);
    }
    for (GlobalFact f : facts) {
      String roles = f.roles().entrySet().stream().map(QueryCommand::role).collect(Collectors.joining("; "));
      String conflicts = (f.amountConflict() ? "amount " : "") + (f.statusConflict() ? "status" : "");
      String articles = f.evidence().stream().map(GlobalFact.Evidence::docId).distinct().collect(Collectors.joining(" "));
      String date = f.time() != null ? f.time() : "";
      String amount = f.amount() == null ? "" : Phrases.amount(f.amount(), null);
      if (format == Format.CSV) {
        out.println(String.join(",", csv(String.valueOf(f.id())), csv(f.type()), csv(date), csv(roles),
            csv(f.amount() == null ? "" : new java.math.BigDecimal(f.amount()).stripTrailingZeros().toPlainString()), csv(f.currency()), csv(f.status()),
            csv(conflicts.strip()), String.valueOf(f.reports()), csv(articles)));
      } else {
        out.printf("%-6d %-11s %-10s %-60s %15s %-4s %-12s %-9s %-7d %s%n", f.id(), f.type(), date, roles, amount,
            f.currency() == null ? "" : f.currency(), f.status() == null ? "" : f.status(), conflicts.strip(), f.reports(),
            articles);
      }
    }
  }

  private static String role(Map.Entry<String, List<EntityRef>> r) {
    return r.getKey() + "=" + r.getValue().stream().map(e -> e.nameEn() != null ? e.name() + " (" + e.nameEn() + ")" : e.name())
        .collect(Collectors.joining(", "));
  }

  static String csv(String s) {
    if (s == null) {
      return "";
    }
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}

package org.isnad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.export.Counts;
import org.isnad.export.Export;
import org.isnad.export.Format;
import org.isnad.export.Selection;
import org.isnad.store.EntityRef;
import org.isnad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad export}: the store's entities and facts in the formats of Aleph, spreadsheets, Gephi, Neo4j and the web. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the stored entities and facts, with their evidence, for other tools:",
        "  ftm     FollowTheMoney entities, JSON lines (Aleph, ftm)     one file",
        "  csv     entities.csv, facts.csv, roles.csv, evidence.csv     a folder",
        "  gexf    GEXF 1.3 graph (Gephi)                               one file",
        "  neo4j   CSV for neo4j-admin import, and import.cypher        a folder",
        "  jsonld  JSON-LD with schema.org types                        one file",
        "One-file formats go to standard output unless --out names a file."})
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ftm, csv, gexf, neo4j or jsonld")
  String format;

  @Option(names = "--out", paramLabel = "PATH", description = "the file, or for csv and neo4j the folder, to write")
  Path out;

  @Option(names = "--entity", paramLabel = "NAME",
      description = "only the facts of this entity (any alias, Arabic or English) and everyone in them; repeatable")
  List<String> entities;

  @Option(names = "--db", defaultValue = "isnad.db", description = "SQLite file or postgresql://host:port/db (default: ${DEFAULT-VALUE})")
  String db;

  @Override
  public Integer call() {
    Format f;
    try {
      f = Format.of(format);
    } catch (IllegalArgumentException e) {
      System.err.println("isnad export: " + e.getMessage());
      return 2;
    }
    if (f.directory() && out == null) {
      System.err.println("isnad export: " + format + " writes several files; name a folder with --out DIR");
      return 2;
    }
    try (Store store = Store.open(db)) {
      Selection selection = Selection.all(store);
      if (entities != null) {
        List<Long> ids = new ArrayList<>();
        for (String name : entities) {
          List<EntityRef> found = store.findEntities(name);
          if (found.isEmpty()) {
            System.err.println("isnad export: no entity named \"" + name + "\" in " + db + " (isnad entity show NAME lists names)");
            return 1;
          }
          found.forEach(e -> ids.add(e.id()));
        }
        selection = Selection.around(store, ids);
      }
      long t0 = System.nanoTime();
      Counts c = Export.write(selection, f, out, System.out);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      String name = f.name().toLowerCase(Locale.ROOT);
      System.err.printf(Locale.ROOT, "isnad export: %d entities, %d facts%s, %d evidences, %d articles as %s to %s in %d ms%n",
          c.entities(), c.facts(), c.left() == 0 ? "" : " (" + c.left() + " more with no form in " + name + ")",
          c.evidences(), c.articles(), name, out == null ? "standard output" : out, ms);
      return 0;
    } catch (IOException e) {
      System.err.println("isnad export: cannot write " + (out == null ? "standard output" : out) + ": " + e.getMessage());
      return 1;
    }
  }
}

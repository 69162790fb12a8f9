package org.isnad.cli;

import java.util.concurrent.Callable;
import org.isnad.store.EntityRef;
import org.isnad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad entity}: look up an entity, or correct the store's entity resolution by hand. */
@Command(name = "entity", mixinStandardHelpOptions = true,
    description = {"Show the entities a name denotes, or correct them: merge two names into one entity, or split one",
        "article's entity off. Corrections are kept in the store and applied again on every ingest."})
final class EntityCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ACTION", description = "show NAME | merge NAME OTHER | split DOC_ID ENTITY_ID")
  String action;

  @Parameters(index = "1..*", arity = "1..2", paramLabel = "ARG")
  java.util.List<String> args;

  @Option(names = "--db", defaultValue = "isnad.db", description = "SQLite file or postgresql://host:port/db (default: ${DEFAULT-VALUE})")
  String db;

  @Override
  public Integer call() {
    try (Store store = Store.open(db)) {
      switch (action) {
        case "show" -> {
          for (EntityRef e : store.findEntities(args.get(0))) {
            System.out.printf("%d\t%s\t%s\t%s\t%d articles\t%s%n", e.id(), e.type(), e.name(),
                e.nameEn() == null ? "" : e.nameEn(), e.documents(), String.join(" | ", e.aliases()));
          }
        }
        case "merge" -> {
          if (args.size() != 2) {
            System.err.println("isnad entity merge: give two names");
            return 2;
          }
          store.merge(args.get(0), args.get(1));
          System.out.println("merged: " + args.get(0) + " = " + args.get(1));
        }
        case "split" -> {
          if (args.size() != 2) {
            System.err.println("isnad entity split: give an article id and its entity id (E1, E2 ...)");
            return 2;
          }
          store.split(args.get(0), args.get(1));
          System.out.println("split: " + args.get(1) + " of " + args.get(0) + " is an entity of its own");
        }
        default -> {
          System.err.println("isnad entity: unknown action " + action + "; show, merge or split");
          return 2;
        }
      }
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("isnad entity: " + e.getMessage());
      return 2;
    }
  }
}

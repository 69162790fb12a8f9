package org.isnad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.extract.Extractor;
import org.isnad.store.SqliteStore;
import org.isnad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad demo}: extract the bundled examples, store them, and show what was found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Extract facts from the bundled examples/, store them in an SQLite file and show them.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--db", defaultValue = "isnad.db", description = "the SQLite file (default: ${DEFAULT-VALUE})")
  Path db;

  @Option(names = "--examples", description = "the folder of articles (default: examples/ of the isnad checkout)")
  Path examples;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    Path dir = examples != null ? examples : Path.of(System.getProperty("isnad.home", ".")).resolve("examples");
    if (!Files.isDirectory(dir)) {
      System.err.println("isnad demo: no examples folder at " + dir.toAbsolutePath() + "; give one with --examples");
      return 2;
    }
    List<String> files = Batch.expand(List.of(dir.toString()));
    try (Store store = SqliteStore.open(db)) {
      Batch.Summary s = Batch.ingest(files, store, Extractor.standard(), "auto", System.err);
      out.printf("isnad demo: %d articles from %s (%d new, %d already stored, %d errors), %d facts, in %d ms%n",
          s.documents(), dir, s.added(), s.unchanged(), s.errors(), s.facts(), s.millis());
      out.printf("store: %s (%d articles)%n%n", db.toAbsolutePath(), store.documentCount());
      String doc = null;
      for (Store.FactRow f : store.facts(500)) {
        if (!f.docId().equals(doc)) {
          doc = f.docId();
          out.println("== " + doc);
        }
        out.printf("  %-12s %s%s%n", f.type(), f.summary(),
            f.status() == null ? "" : "  [" + f.status() + (f.attribution() == null ? "" : "; " + f.attribution()) + "]");
      }
      return s.errors() > 0 ? 1 : 0;
    }
  }
}

package org.isnad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.extract.Extractor;
import org.isnad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad ingest}: extract articles and keep them in the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extract facts from articles and store them. Directories are read recursively (.txt files);",
        "- reads one article from standard input. An article already stored (same text) is skipped."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or -")
  List<String> paths;

  @Option(names = "--db", defaultValue = "isnad.db",
      description = "the SQLite file, or postgresql://host:port/db (default: ${DEFAULT-VALUE})")
  String db;

  @Option(names = "--lang", defaultValue = "auto", description = "ar, en or auto (default: ${DEFAULT-VALUE})")
  String lang;

  @Override
  public Integer call() {
    try (Store store = Store.open(db)) {
      Batch.Summary s = Batch.ingest(Batch.expand(paths), store, Extractor.standard(), lang, System.err);
      System.out.printf("isnad ingest: %d documents (%d new, %d unchanged, %d errors), %d facts, %d ms; store %s%n",
          s.documents(), s.added(), s.unchanged(), s.errors(), s.facts(), s.millis(), db);
      return s.errors() > 0 ? 1 : 0;
    }
  }
}

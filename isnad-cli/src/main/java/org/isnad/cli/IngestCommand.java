package org.isnad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.extract.Extractor;
import org.isnad.ingest.Sources;
import org.isnad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad ingest}: read articles in any input format, extract them and keep them in the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extract facts from articles and store them. Reads .txt (with a header block), .html/.htm,",
        ".jsonl (one article a line), .warc/.warc.gz (Common Crawl news), directories recursively, and - for",
        "standard input. Articles not in Arabic or English are skipped; an article already stored (same text)",
        "is left as it is. Near-copies of one story from several outlets are counted as groups."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or -")
  List<String> paths;

  @Option(names = "--db", defaultValue = "isnad.db",
      description = "the SQLite file, or postgresql://host:port/db (default: ${DEFAULT-VALUE})")
  String db;

  @Option(names = "--lang", defaultValue = "auto",
      description = "ar, en, or auto to detect it and skip other languages (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(names = "--progress", negatable = true,
      description = "show a progress line on standard error (default: only on a terminal)")
  Boolean progress;

  @Override
  public Integer call() {
    if (!List.of("ar", "en", "auto").contains(lang)) {
      System.err.println("isnad ingest: --lang must be ar, en or auto, not '" + lang + "'");
      return 2;
    }
    boolean show = progress != null ? progress : Progress.interactive();
    try (Store store = Store.open(db)) {
      Batch.Summary s = Batch.ingest(Batch.expand(paths), store, Extractor.standard(),
          new Batch.Options(lang, System.err, show, Sources.standard()));
      System.out.printf("isnad ingest: %d documents (%d new, %d unchanged, %d errors, %d skipped languages,"
          + " %d not articles), %d facts, %d near-duplicate groups, %d ms; store %s%n", s.documents(), s.added(),
          s.unchanged(), s.errors(), s.skippedLanguage(), s.skippedOther(), s.facts(), s.nearDuplicateGroups(),
          s.millis(), db);
      return s.errors() > 0 ? 1 : 0;
    }
  }
}

package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.isnad.extract.Extractor;
import org.isnad.ingest.BadInput;
import org.isnad.ingest.Sources;
import org.isnad.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad bench}: robustness and speed runs that are too long for the test suite. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks and robustness runs.",
    subcommands = {BenchCommand.BadInputRun.class, ReadBench.class, ExtractBench.class, StoreBench.class,
        ExportBench.class})
final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** What a bad-input run found. {@code partialRows} counts rows of failed or absent documents: it must be 0. */
  record Report(int files, int documents, int crashes, int errors, int clean, int skipped, int partialRows,
      long generateMillis, long ingestMillis) {
    boolean passed() {
      return crashes == 0 && partialRows == 0;
    }
  }

  @Command(name = "bad-input", mixinStandardHelpOptions = true,
      description = {"Generate broken and hostile documents (binary, invalid UTF-8, NUL bytes, a huge single line,",
          "bidi overrides, hostile and deep HTML, truncated gzip and WARC, broken JSON Lines...), ingest them",
          "into a temporary store, and report crashes (goal 0), per-document errors and clean results, and",
          "whether any rows of a failed document were stored. Exit 0 only with no crash and no partial row."})
  static final class BadInputRun implements Callable<Integer> {
    @Option(names = "--count", defaultValue = "10000", description = "small documents to generate (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--huge-mb", defaultValue = "50", description = "size of the single-line documents in MB (default: ${DEFAULT-VALUE})")
    int hugeMb;

    @Option(names = "--keep", description = "write the documents and the store here and keep them (default: a temporary folder, deleted)")
    Path keep;

    @Override
    public Integer call() throws IOException {
      Path dir = keep != null ? keep : Files.createTempDirectory("isnad-bad-input");
      try {
        Report r = run(dir, count, seed, hugeMb * 1024 * 1024, System.err);
        System.out.printf("isnad bench bad-input: %d files, %d documents: %d crashes, %d errors, %d clean, %d skipped;"
            + " %d partial rows; generated in %d ms, ingested in %d ms%n", r.files(), r.documents(), r.crashes(),
            r.errors(), r.clean(), r.skipped(), r.partialRows(), r.generateMillis(), r.ingestMillis());
        return r.passed() ? 0 : 1;
      } finally {
        if (keep == null) {
          delete(dir);
        }
      }
    }
  }

  /** Generates the set in {@code dir}, ingests it into {@code dir/store.db}, and checks the store. */
  static Report run(Path dir, int count, long seed, int hugeBytes, PrintStream log) throws IOException {
    long t0 = System.nanoTime();
    BadInput.Generated g = BadInput.write(dir.resolve("docs"), count, seed, hugeBytes);
    long generated = (System.nanoTime() - t0) / 1_000_000;
    Path db = dir.resolve("store.db");
    Files.deleteIfExists(db);
    Batch.Summary s;
    PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8);
    try (SqliteStore store = SqliteStore.open(db)) {
      PrintStream sink = log == null ? quiet : new PrintStream(new CrashFilter(log), true,
          java.nio.charset.StandardCharsets.UTF_8);
      s = Batch.ingest(Batch.expand(List.of(g.dir().toString())), store, Extractor.standard(),
          new Batch.Options("auto", sink, false, Sources.standard()));
    }
    int partial = partialRows(db, s);
    return new Report(g.files().size(), s.documents(), s.crashes(), s.errors() - s.crashes(), s.added() + s.unchanged(),
        s.skippedLanguage() + s.skippedOther(), partial, generated, s.millis());
  }

  /**
   * Rows that should not be there: entities, facts or roles without their document, documents
   * beyond those reported stored, and documents stored under the name of a failed one.
   */
  static int partialRows(Path db, Batch.Summary s) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
        Statement q = c.createStatement()) {
      int bad = 0;
      for (String sql : List.of(
          "SELECT count(*) FROM doc_entities WHERE document_id NOT IN (SELECT id FROM documents)",
          "SELECT count(*) FROM doc_facts WHERE document_id NOT IN (SELECT id FROM documents)",
          // a merged fact must rest on at least one stored evidence
          "SELECT count(*) FROM facts WHERE id NOT IN (SELECT fact_id FROM doc_facts WHERE fact_id IS NOT NULL)")) {
        try (ResultSet r = q.executeQuery(sql)) {
          r.next();
          bad += r.getInt(1);
        }
      }
      Set<String> failed = new HashSet<>(s.failed());
      int stored = 0;
      try (ResultSet r = q.executeQuery("SELECT path FROM documents")) {
        while (r.next()) {
          stored++;
          bad += failed.contains(r.getString(1)) ? 1 : 0;
        }
      }
      return bad + Math.max(0, stored - s.added());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot check the store " + db + ": " + e.getMessage(), e);
    }
  }

  /** Deletes a folder and everything in it. */
  static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Passes on only the lines about internal errors: ten thousand expected per-document errors would drown them. */
  private static final class CrashFilter extends java.io.OutputStream {
    private final PrintStream out;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

    CrashFilter(PrintStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      if (b != '\n') {
        line.write(b);
        return;
      }
      String l = line.toString(java.nio.charset.StandardCharsets.UTF_8);
      line.reset();
      if (l.contains("internal error")) {
        out.println(l);
      }
    }
  }
}

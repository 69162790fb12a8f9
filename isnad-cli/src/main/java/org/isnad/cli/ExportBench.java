package org.isnad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.isnad.export.Counts;
import org.isnad.export.Export;
import org.isnad.export.Format;
import org.isnad.export.Selection;
import org.isnad.store.Store;
import org.isnad.store.Synthetic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad bench export}: how fast each export format writes a synthetic store. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Builds a synthetic SQLite store (no real text), or opens --db, and times every export format:",
        "articles/s, facts/s and the size written. The files go to a temporary folder, deleted afterwards."})
final class ExportBench implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "10000", description = "synthetic articles (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--db", description = "an existing store to export instead of a synthetic one")
  String db;

  @Option(names = "--formats", defaultValue = "ftm,csv,gexf,neo4j,jsonld", split = ",",
      description = "formats to time (default: ${DEFAULT-VALUE})")
  List<String> formats;

  @Override
  public Integer call() throws IOException {
    Path tmp = Files.createTempDirectory("isnad-export-bench");
    try {
      String spec = db;
      if (spec == null) {
        spec = tmp.resolve("synthetic.db").toString();
        Synthetic corpus = new Synthetic(Math.max(10, articles / 5), 42);
        long t0 = System.nanoTime();
        try (Store store = Store.open(spec)) {
          for (int i = 0; i < articles; i++) {
            store.put(corpus.article(i), null);
          }
        }
        System.out.printf(Locale.ROOT, "isnad bench export: synthetic store of %,d articles built in %.1f s%n", articles,
            (System.nanoTime() - t0) / 1e9);
      }
      try (Store store = Store.open(spec)) {
        int docs = store.documentCount();
        for (String name : formats) {
          Format f = Format.of(name);
          Path out = tmp.resolve("out-" + name + (f.directory() ? "" : ".out"));
          long t0 = System.nanoTime();
          Counts c = Export.write(Selection.all(store), f, out, null);
          double s = (System.nanoTime() - t0) / 1e9;
          System.out.printf(Locale.ROOT, "%-6s %,7d entities %,8d facts %,8d evidences in %6.2f s = %,8.0f articles/s"
              + " %,8.0f facts/s, %,6.1f MB%n", name, c.entities(), c.facts() + c.left(), c.evidences(), s, docs / s,
              (c.facts() + c.left()) / s, size(out) / 1e6);
        }
      }
      return 0;
    } finally {
      BenchCommand.delete(tmp);
    }
  }

  private static long size(Path p) {
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile).mapToLong(x -> x.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
